import * as z from "zod/mini";
import { identifierText, nameText } from "../core/text-schemas.js";
import { IsoDateSchema } from "../core/iso-date.js";
import { DollarsSchema } from "./money-schema.js";
import { SpenddownMonthSchema } from "./month-schema.js";
import { frozen } from "../core/freeze.js";

/**
 * SPENDDOWN-PREREQUISITES: what the provider did before the Class Member left the NF/IMD, each
 * with its date (null = not done). The AABD application is done `by` the provider (assisting)
 * or was already completed by the NF/IMD ("if not completed by the NF/IMD").
 */
export const PrerequisitesSchema = frozen(
  z.strictObject({
    enrollmentFormSentOn: z.nullable(IsoDateSchema),
    representativePayeeAgreementSignedOn: z.nullable(IsoDateSchema),
    aabdApplication: z.nullable(z.strictObject({ by: z.enum(["provider", "NF/IMD"]), on: IsoDateSchema })),
  }),
);
export type Prerequisites = z.infer<typeof PrerequisitesSchema>;

/** The input of `evaluatePrerequisites`: the prerequisites and the day the member left the NF/IMD (null: not yet). */
export const PrerequisitesInputSchema = frozen(
  z.strictObject({ prerequisites: PrerequisitesSchema, leftFacilityOn: z.optional(z.nullable(IsoDateSchema)) }),
);
export type PrerequisitesInput = z.input<typeof PrerequisitesInputSchema>;

/** The advance payment made to HFS for a month: amount in dollars and the date paid. */
export const AdvancePaymentSchema = frozen(z.strictObject({ amount: DollarsSchema, paidOn: IsoDateSchema }));

/**
 * One member-month: the monthly household income, the monthly spenddown (deductible) amount, the
 * Medicaid-allowable bills incurred (all in dollars, at most two decimals), the advance payment
 * to HFS (null = none), continuous engagement with the provider, self-termination from mental
 * health services in the month, and whether the agency is the representative payee.
 */
export const MemberMonthSchema = frozen(
  z.strictObject({
    month: SpenddownMonthSchema,
    householdIncome: DollarsSchema,
    spenddownAmount: DollarsSchema,
    allowableBills: DollarsSchema,
    payment: z.nullable(AdvancePaymentSchema),
    continuousEngagement: z.boolean(),
    selfTerminated: z.boolean(),
    agencyIsRepresentativePayee: z.boolean(),
  }),
);
export type MemberMonth = z.output<typeof MemberMonthSchema>;

const MemberFields = frozen({
  memberId: identifierText("a member ID"),
  /** The day the member moved from the NF/IMD to the community (null: not yet). */
  leftFacilityOn: z.optional(z.nullable(IsoDateSchema)),
  prerequisites: z.optional(PrerequisitesSchema),
});

/** A Williams Class Member enrolled with the provider, with their months (each month once). */
export const ClassMemberSchema = frozen(
  z.strictObject({ ...MemberFields, months: z.array(MemberMonthSchema) }).check(
    z.superRefine((member, ctx) => {
      const seen = new Set<string>();
      member.months.forEach((m, i) => {
        if (seen.has(m.month))
          ctx.addIssue({
            code: "custom",
            path: ["months", i, "month"],
            message: "this month is given twice for the member; give each month once",
          });
        seen.add(m.month);
      });
    }),
  ),
);
export type ClassMember = z.output<typeof ClassMemberSchema>;
export type ClassMemberInput = z.input<typeof ClassMemberSchema>;

/** The Class Members of one provider (each member once). */
export const ClassMembersSchema = frozen(
  z.array(ClassMemberSchema).check(
    z.superRefine((members, ctx) => {
      const seen = new Set<string>();
      members.forEach((m, i) => {
        if (seen.has(m.memberId))
          ctx.addIssue({
            code: "custom",
            path: [i, "memberId"],
            message: "this member ID is given twice; give each member once with all their months",
          });
        seen.add(m.memberId);
      });
    }),
  ),
);

/**
 * The input of `evaluateMemberMonth`: one member-month and the member's prerequisites (the date is `settings.asOf`).
 */
export const MemberMonthInputSchema = frozen(z.strictObject({ ...MemberMonthSchema.shape, ...MemberFields }));
export type MemberMonthInput = z.input<typeof MemberMonthInputSchema>;
/** A checked member-month (money in integer cents), as `evaluateMemberMonth` reads it. */
export type MemberMonthRow = z.output<typeof MemberMonthInputSchema>;

/**
 * The input of `performanceReport` / `evaluateProviderQuarter`: a provider, a reporting quarter (state
 * fiscal year and quarter 1-4), and its Class Members with their months (months outside the
 * quarter are left out of the report).
 */
export const ProviderQuarterInputSchema = frozen(
  z.strictObject({
    provider: nameText("the provider"),
    fiscalYear: z.number().check(z.int(), z.gte(2), z.lte(9999)),
    quarter: z.number().check(z.int(), z.gte(1), z.lte(4)),
    members: ClassMembersSchema,
  }),
);
export type ProviderQuarterInput = z.input<typeof ProviderQuarterInputSchema>;

/**
 * `evaluateProviderQuarter`'s input: a provider's quarter and the dates its reports were submitted (the date is
 * `settings.asOf`).
 */
export const ProviderQuarterAsOfInputSchema = frozen(
  z.strictObject({
    ...ProviderQuarterInputSchema.shape,
    reportsSubmitted: z.optional(
      z.strictObject({
        financial: z.optional(z.nullable(IsoDateSchema)),
        performance: z.optional(z.nullable(IsoDateSchema)),
      }),
    ),
  }),
);
export type ProviderQuarterAsOfInput = z.input<typeof ProviderQuarterAsOfInputSchema>;

/**
 * @internal The quarter's own fields, checked by the boundary as a whole (the members one by one,
 * onError).
 */
export const QuarterFieldsSchema = z.strictObject({
  ...ProviderQuarterAsOfInputSchema.shape,
  members: z.array(z.unknown()),
});

/** The dates a provider's reports of the quarter were submitted, null or absent when not. */
export type ReportsSubmitted = z.output<typeof ProviderQuarterAsOfInputSchema>["reportsSubmitted"];
