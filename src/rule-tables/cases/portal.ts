import * as z from "zod/mini";
import {
  contestDueDateRun,
  evaluateTicketRun,
  evidenceDueDateRun,
  extendedProposalDueDateRun,
  extensionRequestLimitRun,
  fineNoticeRun,
  hfsReviewRequestDueDateRun,
  infoRequestDueDateRun,
  infoResponseDueDateRun,
  presentToMcoDueDateRun,
  proposalDueDateRun,
  submissionWindowRun,
} from "../../api/operations/portal-runs.js";
import { resolvePortalOptions } from "../../api/settings/portal.js";
import { CalendarInputSchema } from "../../calendar/calendar-input-schema.js";
import { resolveCalendar } from "../../api/resolve-calendar.js";
import type { CaseEvaluator } from "../../core/case-evaluator.js";
import { parseInput } from "../../core/errors.js";
import { frozen } from "../../core/freeze.js";
import { IsoDateSchema } from "../../core/iso-date.js";
import type { Deadline, Explanation } from "../../core/types.js";
import type { PortalDateOptions } from "../../portal/date-options.js";
import { type PortalOptions, PortalOptionsSchema } from "../../portal/options.js";
import { InternalDisputeSchema, type TicketInput } from "../../portal/schemas.js";

// The rule-table evaluators of the PORTAL-* rules (test/rule-tables/portal*.yaml): an adapter
// from a table's row to the portal's checked runs (src/api/operations/portal-runs.ts), as a
// caller of the library would call them.

/**
 * The intake facts of a clean ticket (registered provider, complete, Medicaid, no
 * prior-authorization issue, no access-to-care flag, no member): rule-table rows give the facts
 * that matter to the row, the others take these values. The evaluators have no defaults.
 */
export const CLEAN_INTAKE_FACTS = frozen({
  medicareOnly: false,
  feeForService: false,
  priorAuthorizationNotObtained: false,
  complete: true,
  providerRegistered: true,
  accessToCare: false,
  members: [],
} as const);

/** A rule table's ticket before its row's own fields: clean intake, no event (the queue's tables too). */
export const CLEAN_TICKET = frozen({
  ticketNumber: "T-1",
  mco: "Acme Health",
  program: "HealthChoice Illinois",
  providerType: "Hospital",
  ...CLEAN_INTAKE_FACTS,
  events: [],
} as const);

const TicketRow = z.strictObject({
  ticket: z.record(z.string(), z.unknown()),
  asOf: z.unknown(),
  options: z.optional(z.unknown()),
  calendar: z.optional(CalendarInputSchema),
});

/** The evaluation, plus two views for readable tables: deadlines by name, finding rule IDs. */
function evaluateRow(input: unknown): unknown {
  const row = parseInput(TicketRow, input, "evaluateTicket row");
  // The row's ticket and options are YAML: evaluateTicket validates them at run time.
  const ticket = { ...CLEAN_TICKET, ...row.ticket } as unknown as TicketInput;
  const result = evaluateTicketRun(ticket, {
    asOf: row.asOf as string,
    calendar: resolveCalendar(row.calendar),
    options: (row.options ?? {}) as PortalOptions,
  });
  const deadline: Record<string, Deadline> = {};
  for (const d of result.deadlines) deadline[d.name === "evidence" ? `evidence (${d.party})` : d.name] ??= d;
  return { ...result, deadline, findingRules: result.findings.map((f) => f.ruleId) };
}

const DateRow = z.strictObject({
  start: IsoDateSchema,
  filedOn: z.optional(IsoDateSchema),
  options: z.optional(PortalOptionsSchema),
  calendar: z.optional(CalendarInputSchema),
});

function dateCase(ruleId: string, compute: (start: never, options: PortalDateOptions) => Explanation): CaseEvaluator {
  return (input) => {
    const row = parseInput(DateRow, input, ruleId);
    const resolved = resolvePortalOptions(row.options ?? {}, resolveCalendar(row.calendar));
    return compute(row.start as never, { ...resolved, ...(row.filedOn ? { filedOn: row.filedOn } : {}) });
  };
}

const WindowRow = z.strictObject({
  internalDispute: InternalDisputeSchema,
  portalSubmittedOn: IsoDateSchema,
  options: z.optional(PortalOptionsSchema),
  calendar: z.optional(CalendarInputSchema),
});

const FineRow = z.strictObject({
  ticketNumber: z.string().check(z.minLength(1)),
  dueDate: IsoDateSchema,
  amountCents: z.number().check(z.int(), z.positive()),
});

/** Rule-table evaluators of the PORTAL-* rules, by kind. */
export const PORTAL_CASES: Readonly<Record<string, CaseEvaluator>> = frozen({
  evaluateTicket: evaluateRow,
  submissionWindow: (input) => {
    const row = parseInput(WindowRow, input, "PORTAL-SUBMIT-EARLIEST");
    const resolved = resolvePortalOptions(row.options ?? {}, resolveCalendar(row.calendar));
    return submissionWindowRun(row, resolved);
  },
  presentToMcoDueDate: dateCase("PORTAL-PRESENT-TO-MCO", presentToMcoDueDateRun),
  infoRequestDueDate: dateCase("PORTAL-INFO-REQUEST", infoRequestDueDateRun),
  infoResponseDueDate: dateCase("PORTAL-INFO-RESPONSE", infoResponseDueDateRun),
  proposalDueDate: dateCase("PORTAL-PROPOSAL-DUE", proposalDueDateRun),
  extendedProposalDueDate: dateCase("PORTAL-EXTENSION-DUE", extendedProposalDueDateRun),
  extensionRequestLimit: dateCase("PORTAL-EXTENSION-REQUEST", extensionRequestLimitRun),
  contestDueDate: dateCase("PORTAL-CONTEST", contestDueDateRun),
  hfsReviewRequestDueDate: dateCase("PORTAL-HFS-REVIEW-REQUEST", hfsReviewRequestDueDateRun),
  evidenceDueDate: dateCase("PORTAL-HFS-REVIEW-EVIDENCE", evidenceDueDateRun),
  fineNotice: (input) => fineNoticeRun(parseInput(FineRow, input, "PORTAL-FINE-NOTICE")),
});
