import { z } from "zod";
import { CalendarInputSchema, resolveCalendar } from "../calendar/calendar-input.js";
import { parseInput } from "../core/errors.js";
import type { CaseEvaluator } from "../core/case-evaluator.js";
import { activeContact } from "./active-contact.js";
import { WebcmComplianceReportInputSchema, webcmComplianceReport } from "./compliance-report.js";
import { contactDeadlines } from "./contact-deadlines.js";
import { contactIssues } from "./contact-issues.js";
import { contactTimeline } from "./contact-timeline.js";
import { lastTransferDateMeetingDeadline, TransferPlanSchema } from "./last-transfer-date.js";
import { type WebcmOptions, WebcmOptionsSchema } from "./options.js";
import { CareCoordinatorContactSchema } from "./schemas.js";

// Rows give the open-point options as `options` and a calendar as `calendar` (JSON) next to
// the function's own input.
const Extras = { options: WebcmOptionsSchema.optional(), calendar: CalendarInputSchema.optional() };
const AtDate = z.object({ history: z.unknown(), date: z.string() }).strict();
const AsOf = z.object({ history: z.unknown(), asOf: z.string(), ...Extras }).strict();

function optionsOf(row: { options?: z.infer<typeof WebcmOptionsSchema> | undefined; calendar?: z.infer<typeof CalendarInputSchema> | undefined }): WebcmOptions {
  return { ...(row.options ?? {}), calendar: resolveCalendar(row.calendar) };
}

/** Rule-table evaluators for the WEBCM-* rules. */
export const WEBCM_CASES: Readonly<Record<string, CaseEvaluator>> = {
  webcmContactIssues: (input) => contactIssues(parseInput(z.object({ contact: CareCoordinatorContactSchema }).strict(), input, "WEBCM-CONTACT-FIELDS").contact),
  webcmActiveContact: (input) => {
    const row = parseInput(AtDate, input, "WEBCM-MANUAL-PERSISTS");
    return activeContact(row.history as never, row.date);
  },
  webcmContactTimeline: (input) => {
    const row = parseInput(AtDate, input, "WEBCM-MANUAL-PERSISTS");
    return contactTimeline(row.history as never, row.date);
  },
  webcmContactDeadlines: (input) => {
    const row = parseInput(AsOf, input, "WEBCM-INITIAL-DUE");
    return contactDeadlines(row.history as never, row.asOf, optionsOf(row));
  },
  webcmLastTransferDate: (input) => {
    const row = parseInput(TransferPlanSchema.extend(Extras), input, "WEBCM-CHANNELS");
    const { options, calendar, ...plan } = row;
    return lastTransferDateMeetingDeadline(plan, optionsOf({ options, calendar }));
  },
  webcmComplianceReport: (input) => {
    const row = parseInput(WebcmComplianceReportInputSchema.extend(Extras), input, "WEBCM-COMPLIANCE-REPORT");
    const { options, calendar, ...report } = row;
    return webcmComplianceReport(report, optionsOf({ options, calendar }));
  },
};
