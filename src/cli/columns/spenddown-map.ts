// A spenddown column map (`kind: spenddown`): an export with one row per member-month becomes
// one provider quarter per provider, fiscal year and quarter, its Class Members (by member ID,
// in the order they first appear) each with their months (SPENDDOWN-*). A member's own fields
// (leftFacilityOn, prerequisites) come from each of their rows and must agree.
// docs/cli.md, "Column maps".
import * as z from "zod/mini";
import { ColumnSpecSchema, columnCompiler, MAP_SETTINGS } from "./column-spec.js";
import type { GroupedReader } from "./group-rows.js";
import { type CellError, readFields } from "./map-row.js";
import type { CellKind } from "./read-cell.js";

const QUARTER_KINDS = { provider: "text", fiscalYear: "integer", quarter: "integer" } as const;
// The quarter's own fields besides its key: given on each row, they must agree.
const REPORT_KINDS = {
  "reportsSubmitted.financial": "nullable-date",
  "reportsSubmitted.performance": "nullable-date",
} as const;
const MEMBER_KINDS = {
  memberId: "text",
  leftFacilityOn: "nullable-date",
  "prerequisites.enrollmentFormSentOn": "nullable-date",
  "prerequisites.representativePayeeAgreementSignedOn": "nullable-date",
  "prerequisites.aabdApplication.by": "optional-text",
  "prerequisites.aabdApplication.on": "optional-date",
} as const;
const MONTH_KINDS = {
  month: "month",
  householdIncome: "money",
  spenddownAmount: "money",
  allowableBills: "money",
  "payment.amount": "optional-money",
  "payment.paidOn": "optional-date",
  continuousEngagement: "boolean",
  selfTerminated: "boolean",
  agencyIsRepresentativePayee: "boolean",
} as const;
const KINDS: Readonly<Record<string, CellKind>> = {
  ...QUARTER_KINDS,
  ...REPORT_KINDS,
  ...MEMBER_KINDS,
  ...MONTH_KINDS,
};
type SpenddownField =
  | keyof typeof QUARTER_KINDS
  | keyof typeof REPORT_KINDS
  | keyof typeof MEMBER_KINDS
  | keyof typeof MONTH_KINDS;
const OPTIONAL = ["leftFacilityOn", "payment", "prerequisites", "reportsSubmitted"];

/** The spenddown column map file. */
export const SpenddownColumnMapSchema = z
  .strictObject({
    kind: z.literal("spenddown"),
    ...MAP_SETTINGS,
    fields: z.partialRecord(z.enum(Object.keys(KINDS) as [SpenddownField, ...SpenddownField[]]), ColumnSpecSchema),
  })
  .check(
    z.superRefine((map, ctx) => {
      for (const field of Object.keys(KINDS)) {
        const top = field.split(".")[0] ?? field;
        if (!OPTIONAL.includes(top) && !(field in map.fields) && !(top in map.defaults))
          ctx.addIssue({ code: "custom", path: ["fields", field], message: "needs a column or a value in defaults" });
      }
    }),
  );
export type SpenddownColumnMap = z.output<typeof SpenddownColumnMapSchema>;

const pick = (from: Record<string, unknown>, keys: readonly string[]) =>
  Object.fromEntries(keys.filter((k) => from[k] !== undefined).map((k) => [k, from[k]]));

/** The payment of a month: both cells blank is none; one without the other is an error. */
function payment(read: Record<string, unknown>, columns: Record<string, string>): unknown {
  const p = read.payment as { amount?: unknown; paidOn?: unknown } | undefined;
  if (p === undefined || p === null || (p.amount === undefined && p.paidOn === undefined)) return null;
  if (p.amount === undefined || p.paidOn === undefined) {
    const missing = p.amount === undefined ? "payment.amount" : "payment.paidOn";
    return { error: { column: columns[missing] ?? missing, reason: "is empty while the payment's other cell is not" } };
  }
  return p;
}

/** The member's own fields of a row: `prerequisites.aabdApplication` blank is null. */
function memberOf(read: Record<string, unknown>): Record<string, unknown> {
  const member = pick(read, ["memberId", "leftFacilityOn", "prerequisites"]);
  const prerequisites = member.prerequisites as Record<string, unknown> | undefined;
  if (prerequisites) {
    const aabd = prerequisites.aabdApplication as Record<string, unknown> | undefined;
    member.prerequisites = { ...prerequisites, aabdApplication: aabd && Object.keys(aabd).length > 0 ? aabd : null };
  }
  return member;
}

/** The reader of a spenddown map: rows grouped by provider quarter, then by member. */
export function spenddownReader(map: SpenddownColumnMap): GroupedReader {
  const compile = columnCompiler(map);
  const fields = (Object.entries(map.fields) as [SpenddownField, z.output<typeof ColumnSpecSchema>][]).map(
    ([field, spec]) => [field, compile(spec), KINDS[field] ?? "text"] as const,
  );
  const columns = Object.fromEntries(fields.map(([f, c]) => [f, c.column]));
  const memberColumns = fields.filter(([f]) => f !== "memberId" && f in MEMBER_KINDS).map(([, c]) => c.column);
  return {
    headColumns: fields.filter(([f]) => f in REPORT_KINDS).map(([, c]) => c.column),
    read(row) {
      const errors: CellError[] = [];
      const read: Record<string, unknown> = structuredClone(map.defaults);
      readFields(row, fields, read, errors);
      const keyBroken = errors.some((e) => Object.keys(QUARTER_KINDS).some((k) => columns[k] === e.column));
      const head = pick(read, [...Object.keys(QUARTER_KINDS), "reportsSubmitted"]);
      const key = JSON.stringify([head.provider, head.fiscalYear, head.quarter]);
      if (keyBroken) return { errors };
      const paid = payment(read, columns);
      if (paid && typeof paid === "object" && "error" in paid) errors.push(paid.error as CellError);
      if (errors.length > 0) return { key, head, errors };
      const month = {
        ...pick(
          read,
          Object.keys(MONTH_KINDS).filter((k) => !k.includes(".")),
        ),
        payment: paid,
      };
      return { key, head, part: { member: memberOf(read), month } };
    },
    build(head, parts, lines) {
      const members = new Map<string, { member: Record<string, unknown>; months: unknown[] }>();
      const errors: CellError[] = [];
      parts.forEach((p, i) => {
        const { member, month } = p as { member: Record<string, unknown>; month: unknown };
        const id = String(member.memberId);
        const known = members.get(id);
        if (!known) members.set(id, { member, months: [month] });
        else if (JSON.stringify(known.member) !== JSON.stringify(member))
          errors.push({
            line: lines[i] ?? 0,
            column: memberColumns.join(", "),
            reason: "differs from the member's first row (a member's own fields must agree on every row)",
          });
        else known.months.push(month);
      });
      if (errors.length > 0) return { errors };
      return { value: { ...head, members: [...members.values()].map((m) => ({ ...m.member, months: m.months })) } };
    },
  };
}
