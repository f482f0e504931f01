import type { AsOfSettings } from "../../calendar/settings.js";
import { readAsOfSettings } from "../settings/read-settings.js";
import type { CalendarQuarter } from "../../calendar/quarter.js";
import { listArgument } from "../../core/arguments.js";
import { runBatch } from "../../core/batch.js";
import { parseInput, RuleInputError } from "../../core/errors.js";
import { type IsoDate, isIsoDate } from "../../core/iso-date.js";
import { activeContactOf } from "../../webcm/active-contact.js";
import {
  complianceReportOf,
  type InvalidMemberHistory,
  type WebcmComplianceReport,
} from "../../webcm/compliance-report.js";
import { ReportFieldsSchema, type WebcmComplianceReportInputSchema } from "../../webcm/compliance-report-schema.js";
import { type ContactDeadlines, deadlinesOf } from "../../webcm/contact-deadlines.js";
import { type ContactIssue, contactIssuesOf } from "../../webcm/contact-issues.js";
import { type ContactPeriod, timelineOf } from "../../webcm/contact-timeline.js";
import { webcmDeadlineExplanation } from "../../webcm/deadline-explanation.js";
import { CHANNEL_RANK, compareEvents } from "../../webcm/event-order.js";
import { lastTransferDateOf, type TransferPlan } from "../../webcm/last-transfer-date.js";
import type { WebcmAsOfSettings, WebcmReportSettings, WebcmSettings } from "../../webcm/options.js";
import { complianceQuarterOf } from "../../webcm/report-quarter.js";
import {
  type CareCoordinatorContact,
  CareCoordinatorContactSchema,
  type WebcmEvent,
  WebcmEventSchema,
  type WebcmMemberHistory,
  type WebcmMemberHistoryInput,
  WebcmMemberHistorySchema,
} from "../../webcm/schemas.js";
import { TransferPlanSchema } from "../../webcm/transfer-plan-schema.js";
import type * as z from "zod/mini";
import { readWebcmSettings } from "../settings/webcm.js";
import { frozen } from "../../core/freeze.js";

// The checked runs of WebCM (declared in ./webcm.ts) and its checked helpers (`sortWebcmEvents`,
// `compareWebcmEvents`). The arguments are checked here, at the boundary, and nowhere in
// src/webcm: the policy (timelineOf, activeContactOf, deadlinesOf, contactIssuesOf,
// lastTransferDateOf, complianceReportOf, compareEvents) takes parsed data and resolved settings.

// Members are named by position only in messages (privacy); the ID stays in its own field.
/** How the boundary names a member history in a batch. */
const MEMBER_ITEMS = frozen({ label: "WebCM member history", idKey: "member", idInMessage: false } as const);

/** @internal The checked run of `evaluateContactDeadlines`: the settings, then the history. */
export function evaluateContactDeadlinesRun(
  history: WebcmMemberHistoryInput,
  settings: WebcmAsOfSettings,
): ContactDeadlines {
  const read = readWebcmSettings(settings, "evaluateContactDeadlines", { asOf: true });
  const parsed = parseInput(WebcmMemberHistorySchema, history, "WEBCM-INITIAL-DUE");
  return deadlinesOf(parsed, read.asOf as IsoDate, read.options);
}

/** @internal The checked run of `activeContact`: the history, then the settings. */
export function activeContactRun(history: WebcmMemberHistoryInput, settings: AsOfSettings): ContactPeriod | null {
  const parsed = parseInput(WebcmMemberHistorySchema, history, "WEBCM-MANUAL-PERSISTS");
  return activeContactOf(parsed, readAsOfSettings(settings, "activeContact").asOf);
}

/** @internal The checked run of `contactTimeline`: the history, then the settings. */
export function contactTimelineRun(history: WebcmMemberHistoryInput, settings: AsOfSettings): ContactPeriod[] {
  const parsed = parseInput(WebcmMemberHistorySchema, history, "WEBCM-MANUAL-PERSISTS");
  return timelineOf(parsed, readAsOfSettings(settings, "contactTimeline").asOf);
}

/**
 * @internal The checked run of `lastTransferDateMeetingDeadline`: the settings, the plan, then
 * the rule in force on the trigger day (else a RuleInputError naming `triggerDate`).
 */
export function lastTransferDateMeetingDeadlineRun(
  input: z.input<typeof TransferPlanSchema>,
  settings?: WebcmSettings,
): TransferPlan {
  const resolved = readWebcmSettings(settings, "lastTransferDateMeetingDeadline", { ruleId: "WEBCM-CHANNELS" }).options;
  const plan = parseInput(TransferPlanSchema, input, "WEBCM-CHANNELS");
  const due = webcmDeadlineExplanation(plan.ruleId, plan.triggerDate, resolved);
  if (!due) {
    throw new RuleInputError([
      {
        field: "triggerDate",
        value: plan.triggerDate,
        reason: "the rule was not in force on that date",
        ruleId: plan.ruleId,
      },
    ]);
  }
  return lastTransferDateOf(plan, due, resolved);
}

/** The period of a parsed quarter; a quarter before WEBCM-COMPLIANCE-REPORT was in force is an error naming it. */
function complianceQuarter(id: string): CalendarQuarter {
  const period = complianceQuarterOf(id);
  if (period !== undefined) return period;
  throw new RuleInputError([
    {
      field: "quarter",
      value: id,
      reason: "WEBCM-COMPLIANCE-REPORT was not in force in that quarter (from October 2022)",
      ruleId: "WEBCM-COMPLIANCE-REPORT",
    },
  ]);
}

/**
 * @internal The checked run of `webcmComplianceReport`: the settings, the report's own fields,
 * each member in turn (a bad one is its own error, or collected: onError), then the quarter's rule.
 */
export function webcmComplianceReportRun(
  input: z.input<typeof WebcmComplianceReportInputSchema>,
  settings: WebcmReportSettings,
): WebcmComplianceReport {
  const read = readWebcmSettings(settings, "webcmComplianceReport", {
    ruleId: "WEBCM-COMPLIANCE-REPORT",
    asOf: true,
    batch: true,
  });
  const { mco, quarter, members } = parseInput(ReportFieldsSchema, input, "WEBCM-COMPLIANCE-REPORT");
  const parsed = runBatch(members, read.onError, MEMBER_ITEMS, (raw) =>
    parseInput(WebcmMemberHistorySchema, raw, "WEBCM-COMPLIANCE-REPORT"),
  );
  const valid = parsed.filter((m): m is WebcmMemberHistory => !("status" in m));
  const invalid = parsed.filter((m): m is InvalidMemberHistory => "status" in m);
  const period = complianceQuarter(quarter);
  return complianceReportOf({ mco, period }, valid, invalid, read.asOf as IsoDate, read.options);
}

/** @internal The checked run of `contactIssues`. */
export function contactIssuesRun(contact: CareCoordinatorContact): ContactIssue[] {
  return contactIssuesOf(parseInput(CareCoordinatorContactSchema, contact, "contactIssues: contact"));
}

const isOptionalText = (v: unknown): boolean => v === undefined || v === null || typeof v === "string";

/** True when `e` has what the order reads, of the right types: a few comparisons for a parsed event. */
function readable(e: unknown): e is WebcmEvent {
  if (typeof e !== "object" || e === null) return false;
  const v = e as Record<string, unknown>;
  if (
    !isIsoDate(v.date) ||
    !Object.hasOwn(CHANNEL_RANK, v.type as string) ||
    !(v.id === undefined || typeof v.id === "string")
  )
    return false;
  if (!(v.sequence === undefined || (typeof v.sequence === "number" && Number.isSafeInteger(v.sequence)))) return false;
  if (v.type === "care coordinator changed") return typeof v.newCoordinator === "string";
  if (v.type === "waiver assignment notified") return true;
  const c = v.contact as Record<string, unknown> | null | undefined;
  return (
    typeof c === "object" &&
    c !== null &&
    isOptionalText(c.name) &&
    isOptionalText(c.email) &&
    isOptionalText(c.telephone)
  );
}

/** `e` when it is readable, else `e` parsed by WebcmEventSchema (a RuleInputError naming the field). */
function checkedEvent(e: WebcmEvent, context: string): WebcmEvent {
  return readable(e) ? e : parseInput(WebcmEventSchema, e, context);
}

/**
 * Total order of WebCM events: date, then `sequence` (default 0), then type (notification,
 * change, file transfer, manual entry), then `id`, then the event's content. Sorting with it
 * gives the same list whatever the input order.
 *
 * @example
 * [...events].sort(compareWebcmEvents)
 */
export function compareWebcmEvents(a: WebcmEvent, b: WebcmEvent): number {
  return compareEvents(checkedEvent(a, "compareWebcmEvents: a"), checkedEvent(b, "compareWebcmEvents: b"));
}

/**
 * The events in canonical order (a new array; the input is not changed).
 *
 * @example
 * sortWebcmEvents([manualEntryOn0313, fileTransferOn0313]) // [fileTransferOn0313, manualEntryOn0313]
 */
export function sortWebcmEvents<E extends WebcmEvent>(events: readonly E[]): E[] {
  const list = listArgument(events, "sortWebcmEvents", "events");
  const keyed = list.map((e, i) => ({ e, key: checkedEvent(e, `sortWebcmEvents: events[${i}]`) }));
  return keyed.sort((x, y) => compareEvents(x.key, y.key)).map(({ e }) => e);
}
