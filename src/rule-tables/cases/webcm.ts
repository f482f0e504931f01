import * as z from "zod/mini";
import {
  activeContact,
  contactIssues,
  contactTimeline,
  evaluateContactDeadlines,
  lastTransferDateMeetingDeadline,
  webcmComplianceReport,
} from "../../api/operations/webcm.js";
import { CalendarInputSchema } from "../../calendar/calendar-input-schema.js";
import { resolveCalendar } from "../../api/resolve-calendar.js";
import type { CaseEvaluator } from "../../core/case-evaluator.js";
import { parseInput } from "../../core/errors.js";
import { frozen } from "../../core/freeze.js";
import { WebcmComplianceReportInputSchema } from "../../webcm/compliance-report-schema.js";
import type { WebcmSettings } from "../../webcm/options.js";
import { CareCoordinatorContactSchema } from "../../webcm/schemas.js";
import { TransferPlanSchema } from "../../webcm/transfer-plan-schema.js";

// The rule-table evaluators of WebCM (test/rule-tables/webcm*.yaml): an adapter from a table's
// row to the operations (src/api/operations/webcm.ts), as a caller would call them.
// Rows give the open-point options as `options`, a calendar as `calendar` (JSON) and the date
// as `asOf` next to the function's own input; the evaluator passes them as its settings.
const Extras = frozen({
  options: z.optional(z.record(z.string(), z.unknown())),
  calendar: z.optional(CalendarInputSchema),
});
const AtDate = z.strictObject({ history: z.unknown(), date: z.string() });
const ReportRow = z.strictObject({ ...WebcmComplianceReportInputSchema.shape, asOf: z.string(), ...Extras });
const AsOf = z.strictObject({ history: z.unknown(), asOf: z.string(), ...Extras });

function settingsOf(row: {
  options?: Record<string, unknown> | undefined;
  calendar?: z.infer<typeof CalendarInputSchema> | undefined;
}): WebcmSettings {
  // The options are checked by the function itself, so rows see its errors.
  return { options: (row.options ?? {}) as never, calendar: resolveCalendar(row.calendar) };
}

/** Rule-table evaluators for the WEBCM-* rules. */
export const WEBCM_CASES: Readonly<Record<string, CaseEvaluator>> = frozen({
  webcmContactIssues: (input) =>
    contactIssues(
      parseInput(z.strictObject({ contact: CareCoordinatorContactSchema }), input, "WEBCM-CONTACT-FIELDS").contact,
    ),
  webcmActiveContact: (input) => {
    const row = parseInput(AtDate, input, "WEBCM-MANUAL-PERSISTS");
    return activeContact(row.history as never, { asOf: row.date });
  },
  webcmContactTimeline: (input) => {
    const row = parseInput(AtDate, input, "WEBCM-MANUAL-PERSISTS");
    return contactTimeline(row.history as never, { asOf: row.date });
  },
  webcmContactDeadlines: (input) => {
    const row = parseInput(AsOf, input, "WEBCM-INITIAL-DUE");
    return evaluateContactDeadlines(row.history as never, { asOf: row.asOf, ...settingsOf(row) });
  },
  webcmLastTransferDate: (input) => {
    const row = parseInput(z.extend(TransferPlanSchema, Extras), input, "WEBCM-CHANNELS");
    const { options, calendar, ...plan } = row;
    return lastTransferDateMeetingDeadline(plan, settingsOf({ options, calendar }));
  },
  webcmComplianceReport: (input) => {
    const row = parseInput(ReportRow, input, "WEBCM-COMPLIANCE-REPORT");
    const { options, calendar, asOf, ...report } = row;
    return webcmComplianceReport(report, { asOf, ...settingsOf({ options, calendar }) });
  },
});
