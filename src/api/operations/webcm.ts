import { webcmDeadlineExplanation as webcmDeadlineExplanationRun } from "../../webcm/deadline-explanation.js";
import { CareCoordinatorContactSchema, WebcmMemberHistorySchema } from "../../webcm/schemas.js";
import { WebcmComplianceReportInputSchema } from "../../webcm/compliance-report-schema.js";
import { TransferPlanSchema } from "../../webcm/transfer-plan-schema.js";
import { data, settings, value, withItems } from "../arguments.js";
import { declareOperation, entry } from "../operation.js";
import {
  activeContactRun,
  contactIssuesRun,
  contactTimelineRun,
  evaluateContactDeadlinesRun,
  lastTransferDateMeetingDeadlineRun,
  sortWebcmEvents as sortWebcmEventsRun,
  webcmComplianceReportRun,
} from "./webcm-runs.js";

// WebCM care-coordinator contacts (docs/webcm.md): each public operation declared once (src/api/operation.ts).
// The checked runs are in ./webcm-runs.ts; src/webcm computes only (parsed histories and
// resolved settings in). `webcmDeadlineExplanation` takes values and settings as given.

export const EVALUATE_CONTACT_DEADLINES = /* @__PURE__ */ declareOperation({
  name: "evaluateContactDeadlines",
  area: "webcm",
  summary:
    "The WEBCM-INITIAL-DUE and WEBCM-CHANGE-DUE deadlines of one member as of `settings.asOf`, each met on time, " +
    "met late (with the days late), open or missed, with its explanation.",
  context: "WEBCM-INITIAL-DUE",
  arguments: [/* @__PURE__ */ data("history", WebcmMemberHistorySchema), /* @__PURE__ */ settings()],
  settings: ["asOf", "calendar", "options", "detail", "rules"],
  run: evaluateContactDeadlinesRun,
});

/**
 * The WEBCM-INITIAL-DUE and WEBCM-CHANGE-DUE deadlines of one member as of `settings.asOf`, each met on
 * time, met late (with the days late), open or missed, with its explanation. A deadline is met
 * by the first complete, well-formed contact (WEBCM-CONTACT-FIELDS) entered on or after its
 * trigger day by either channel; for a change, only by a contact naming the care coordinator
 * responsible on the day it was entered (a re-send of the former coordinator is a finding).
 * Events after `asOf` are not known yet and are ignored.
 *
 * @example
 * evaluateContactDeadlines({ member: "M1", mco: "Meridian", events: [
 *   { type: "waiver assignment notified", date: "2024-03-01" },
 *   { type: "file transfer", date: "2024-03-16", contact: { name: "Ann Lee", email: "ann@mco.com",
 *     telephone: "312-555-0142" } },
 * ] }, { asOf: "2024-04-01" }).deadlines[0]?.deadline.status // "met" (due 2024-03-16, day 15)
 */
export const evaluateContactDeadlines = /* @__PURE__ */ entry(EVALUATE_CONTACT_DEADLINES);

export const WEBCM_DEADLINE_EXPLANATION = /* @__PURE__ */ declareOperation({
  name: "webcmDeadlineExplanation",
  area: "webcm",
  summary: "The due date of a WebCM contact deadline with its explanation.",
  context: "WEBCM-INITIAL-DUE",
  arguments: [/* @__PURE__ */ value("ruleId"), /* @__PURE__ */ value("trigger"), /* @__PURE__ */ settings("options")],
  settings: ["calendar", "options", "detail", "rules"],
  run: webcmDeadlineExplanationRun,
});

/**
 * The due date of a WebCM contact deadline with its explanation: the rule version in force on
 * the trigger day gives the number of days (`days`, 15), counted as calendar days from the
 * trigger (day 0), rolled forward only under `unstatedRoll: "forward"` (open interpretation 2).
 * Null when the rule was not in force on the trigger day (the HSP contact policy dates from October 2022).
 *
 * @example
 * webcmDeadlineExplanation("WEBCM-INITIAL-DUE", "2024-03-01", { unstatedRoll: "none", calendar }).result
 * // "2024-03-16"
 */
export const webcmDeadlineExplanation = /* @__PURE__ */ entry(WEBCM_DEADLINE_EXPLANATION);

export const SORT_WEBCM_EVENTS = /* @__PURE__ */ declareOperation({
  name: "sortWebcmEvents",
  area: "webcm",
  summary: "The events in canonical order (a new array.",
  context: "WEBCM-MANUAL-PERSISTS",
  arguments: [/* @__PURE__ */ value("events")],
  settings: [],
  run: sortWebcmEventsRun,
});

export const ACTIVE_CONTACT = /* @__PURE__ */ declareOperation({
  name: "activeContact",
  area: "webcm",
  summary:
    "The contact active for a member on `settings.asOf` (at the end of that day), or null when none was entered yet.",
  context: "WEBCM-MANUAL-PERSISTS",
  arguments: [/* @__PURE__ */ data("history", WebcmMemberHistorySchema), /* @__PURE__ */ settings()],
  settings: ["asOf"],
  run: activeContactRun,
});

/**
 * The contact active for a member on `settings.asOf` (at the end of that day), or null when none was
 * entered yet: the latest file transfer or manual Alternate Contact entered on or before `asOf`.
 * A file transfer replaces whatever was active; a manual entry stays active until the next file
 * transfer or manual entry, whichever comes first (WEBCM-MANUAL-PERSISTS). An entry made after
 * `asOf` never counts. The result says whether the contact is complete (WEBCM-CONTACT-FIELDS).
 *
 * @example
 * activeContact({ member: "M1", mco: "Meridian", events: [
 *   { type: "file transfer", date: "2024-03-01", contact: { name: "Ann Lee", email: "ann@mco.com",
 *     telephone: "312-555-0142" } },
 *   { type: "manual alternate contact", date: "2024-03-04", contact: { name: "Bo Chan", email: "bo@mco.com",
 *     telephone: "312-555-0199" } },
 * ] }, { asOf: "2024-03-05" })?.contact.name // "Bo Chan"
 */
export const activeContact = /* @__PURE__ */ entry(ACTIVE_CONTACT);

export const CONTACT_TIMELINE = /* @__PURE__ */ declareOperation({
  name: "contactTimeline",
  area: "webcm",
  summary: "Every contact entry of a member up to `settings.asOf`, in order, each with the date it was replaced.",
  context: "WEBCM-MANUAL-PERSISTS",
  arguments: [/* @__PURE__ */ data("history", WebcmMemberHistorySchema), /* @__PURE__ */ settings()],
  settings: ["asOf"],
  run: contactTimelineRun,
});

/**
 * Every contact entry of a member up to `settings.asOf`, in order, each with the date it was replaced:
 * a file transfer replaces whatever was active; a manual Alternate Contact stays active until
 * the next file transfer or manual entry (WEBCM-MANUAL-PERSISTS). Entries after `asOf` are not
 * known yet and are left out. Same-date entries follow {@link compareWebcmEvents}.
 *
 * @example
 * contactTimeline({ member: "M1", mco: "Meridian", events: [
 *   { type: "manual alternate contact", date: "2024-03-04", contact: { name: "Ann Lee", email: "ann@mco.com",
 *     telephone: "312-555-0142" } },
 *   { type: "file transfer", date: "2024-03-06", contact: { name: "Bo Chan", email: "bo@mco.com",
 *     telephone: "312-555-0199" } },
 * ] }, { asOf: "2024-03-31" }).map((p) => [p.enteredOn, p.supersededOn])
 * // [["2024-03-04", "2024-03-06"], ["2024-03-06", null]]
 */
export const contactTimeline = /* @__PURE__ */ entry(CONTACT_TIMELINE);

export const CONTACT_ISSUES = /* @__PURE__ */ declareOperation({
  name: "contactIssues",
  area: "webcm",
  summary:
    "The missing or malformed fields of a transmitted contact (WEBCM-CONTACT-FIELDS), in the order name, e-mail, " +
    "telephone.",
  context: "WEBCM-CONTACT-FIELDS",
  arguments: [/* @__PURE__ */ data("contact", CareCoordinatorContactSchema)],
  settings: [],
  run: contactIssuesRun,
});

/**
 * The missing or malformed fields of a transmitted contact (WEBCM-CONTACT-FIELDS), in the order
 * name, e-mail, telephone; empty when the contact is complete and well-formed.
 *
 * @example
 * contactIssues({ name: "Ann Lee", email: "ann.lee@", telephone: "312-555-0142" })
 * // [{ field: "email", value: "ann.lee@", problem: "malformed", reason: "not a valid e-mail address" }]
 */
export const contactIssues = /* @__PURE__ */ entry(CONTACT_ISSUES);

export const LAST_TRANSFER_DATE_MEETING_DEADLINE = /* @__PURE__ */ declareOperation({
  name: "lastTransferDateMeetingDeadline",
  area: "webcm",
  summary: "For an MCO that sends contacts only by its weekly file transfer (WEBCM-CHANNELS).",
  context: "WEBCM-CHANNELS",
  arguments: [/* @__PURE__ */ data("input", TransferPlanSchema), /* @__PURE__ */ settings()],
  settings: ["calendar", "options", "detail", "rules"],
  run: lastTransferDateMeetingDeadlineRun,
});

/**
 * For an MCO that sends contacts only by its weekly file transfer (WEBCM-CHANNELS): the last
 * transfer date that still meets a WEBCM-INITIAL-DUE or WEBCM-CHANGE-DUE deadline, i.e. the last
 * day with the transfer's weekday on or before the due date and not before the trigger day.
 * The due date follows the same settings as {@link evaluateContactDeadlines} (open interpretation 2).
 * A transfer is assumed to run on its weekday even on a State Holiday.
 *
 * @example
 * lastTransferDateMeetingDeadline({ ruleId: "WEBCM-INITIAL-DUE", triggerDate: "2024-03-01",
 *   transferWeekday: "Wednesday" })
 *   .lastTransferDate // "2024-03-13" (due Saturday 2024-03-16)
 */
export const lastTransferDateMeetingDeadline = /* @__PURE__ */ entry(LAST_TRANSFER_DATE_MEETING_DEADLINE);

export const WEBCM_COMPLIANCE_REPORT = /* @__PURE__ */ declareOperation({
  name: "webcmComplianceReport",
  area: "webcm",
  summary: "The quarterly WebCM compliance report of one MCO (WEBCM-COMPLIANCE-REPORT).",
  context: "WEBCM-COMPLIANCE-REPORT",
  arguments: [
    /* @__PURE__ */ withItems("input", "members", WebcmComplianceReportInputSchema),
    /* @__PURE__ */ settings(),
  ],
  settings: ["asOf", "calendar", "options", "detail", "rules", "onError"],
  run: webcmComplianceReportRun,
});

/**
 * The quarterly WebCM compliance report of one MCO (WEBCM-COMPLIANCE-REPORT): the contact
 * deadlines whose due date falls in the quarter, met on time, late, missed or still open as of
 * `settings.asOf` (the date the report is made: later events are not known, deadlines not yet
 * due are open); the compliance rate; and the late and missed members with their days late. The result
 * does not depend on the order of members or events. A bad member history stops the report by
 * default (`onError: "throw"`, the error names its 0-based index in `members`); with
 * `onError: "collect"` (a setting) it is left out and listed in `invalidMembers`.
 *
 * @example
 * const report = webcmComplianceReport({ mco: "Meridian", quarter: "2024-Q1", members }, { asOf: "2024-04-15" });
 * report.counts // { due: 4, met: 2, late: 1, missed: 1, open: 0 }; report.complianceRate // 0.5
 */
export const webcmComplianceReport = /* @__PURE__ */ entry(WEBCM_COMPLIANCE_REPORT);
