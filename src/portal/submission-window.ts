import { dueDate } from "../calendar/due-date.js";
import { illinoisStateCalendar } from "../calendar/illinois.js";
import { type IsoDate, toDayNumber } from "../core/iso-date.js";
import type { Explanation } from "../core/types.js";
import { ruleParameter } from "../rules/registry.js";
import type { ExplanationCompute } from "./context.js";
import type { PortalDateOptions } from "./date-options.js";
import { refuseRenamedOptions, type SubmissionWindowStart } from "./options.js";
import type { Ticket } from "./schemas.js";

/** When a ticket may be submitted to the Portal, and where its submission fell. */
export interface SubmissionWindow {
  /** The date the window counts from (open point 1), and what it is. */
  readonly start: IsoDate;
  readonly startLabel: string;
  /** The first day a submission is not premature (PORTAL-SUBMIT-EARLIEST). */
  readonly earliest: Explanation;
  /** The last day a submission is timely (PORTAL-SUBMIT-LATEST). */
  readonly latest: Explanation;
  readonly submittedOn: IsoDate;
  /** Calendar days from the start to the portal submission. */
  readonly daysAfterStart: number;
  readonly timing: "premature" | "timely" | "not timely";
}

type WindowFacts = Pick<Ticket, "internalDispute" | "portalSubmittedOn">;
const DEFAULT_START: SubmissionWindowStart = "tracking-number-issued";

/** @internal The date the window counts from under open point 1, and what it is. */
export function windowStart(facts: WindowFacts, choice: SubmissionWindowStart): { start: IsoDate; label: string } {
  const dispute = facts.internalDispute;
  if (choice === "tracking-number-issued" && dispute.trackingNumberIssuedOn !== null) {
    return { start: dispute.trackingNumberIssuedOn, label: "tracking number issued (complaint received by the MCO)" };
  }
  if (choice === "tracking-number-issued") {
    return { start: dispute.submittedToMcoOn, label: "submitted to the MCO's internal process (no tracking-number date known)" };
  }
  return { start: dispute.submittedToMcoOn, label: "submitted to the MCO's internal process" };
}

/** The window's date options, with the filing date whose rule versions apply. */
type WindowOptions = PortalDateOptions & { readonly submissionWindowStart?: SubmissionWindowStart; readonly filedOn: IsoDate };

/** @internal A memo of explanations by kind, start and label (see TicketContext.explain). */
export interface ExplanationMemo {
  explain<A>(kind: string, start: IsoDate, label: string, compute: ExplanationCompute<A>, arg: A): Explanation;
}
const noMemo: ExplanationMemo = { explain: (_kind, start, label, compute, arg) => compute(start, label, arg) };

// The period, calendar and recorded options are read only when an explanation is computed
// (memo miss): the memo key stands for the filing date's rule versions.
function latestDueDate(start: IsoDate, startLabel: string, parameter: "days" | "daysAfterResolution", options: WindowOptions): Explanation {
  const roll = options.unstatedRoll ?? "none";
  return dueDate({
    ruleId: "PORTAL-SUBMIT-LATEST",
    counting: "calendar-days",
    roll,
    calendar: options.calendar ?? illinoisStateCalendar(),
    start,
    startLabel,
    amount: Number(ruleParameter("PORTAL-SUBMIT-LATEST", options.filedOn, parameter)),
    options: { ...(options.recordOptions ?? {}), submissionWindowStart: options.submissionWindowStart ?? DEFAULT_START, unstatedRoll: roll },
  });
}

function earliestDueDate(start: IsoDate, startLabel: string, options: WindowOptions): Explanation {
  return dueDate({
    ruleId: "PORTAL-SUBMIT-EARLIEST",
    start,
    startLabel,
    amount: Number(ruleParameter("PORTAL-SUBMIT-EARLIEST", options.filedOn, "days")),
    counting: "calendar-days",
    roll: "none",
    options: { ...(options.recordOptions ?? {}), submissionWindowStart: options.submissionWindowStart ?? DEFAULT_START },
  });
}

const RESOLUTION_LABEL = "unsatisfactory internal resolution (89 Ill. Adm. Code 140.75(b)(2))";
const latestAfterSubmitting = (start: IsoDate, label: string, options: WindowOptions) => latestDueDate(start, label, "days", options);
const latestAfterResolution = (start: IsoDate, _label: string, options: WindowOptions) => latestDueDate(start, RESOLUTION_LABEL, "daysAfterResolution", options);

/** The latest date under 140.75(b)(2): 30 days after an unsatisfactory resolution, if that is later. */
function latestDate(facts: WindowFacts, start: IsoDate, label: string, options: WindowOptions, memo: ExplanationMemo): Explanation {
  const afterSubmitting = memo.explain("latest", start, label, latestAfterSubmitting, options);
  const resolution = facts.internalDispute.resolution;
  if (options.submissionWindowStart !== "adm-code-140.75" || !resolution || resolution.date > facts.portalSubmittedOn) return afterSubmitting;
  const afterResolution = memo.explain("latest-resolution", resolution.date, "", latestAfterResolution, options);
  return toDayNumber(afterResolution.result) > toDayNumber(afterSubmitting.result) ? afterResolution : afterSubmitting;
}

/**
 * The 30/60-day submission window of a ticket (PORTAL-SUBMIT-EARLIEST, PORTAL-SUBMIT-LATEST):
 * at least 30 and at most 60 calendar days after the complaint reached the MCO. Day 30 and
 * day 60 are in the window; day 29 is premature, day 61 not timely. Open point 1 chooses the
 * start (`submissionWindowStart`), open point 2 whether the 60th day rolls (`unstatedRoll`).
 *
 * @example
 * submissionWindow({ internalDispute: { submittedToMcoOn: d("2024-05-01"), trackingNumber: "A-1",
 *   trackingNumberIssuedOn: d("2024-05-02") }, portalSubmittedOn: d("2024-06-01") }).timing // "timely"
 */
export function submissionWindow(
  facts: WindowFacts,
  options: PortalDateOptions & { submissionWindowStart?: SubmissionWindowStart } = {},
  memo: ExplanationMemo = noMemo,
): SubmissionWindow {
  refuseRenamedOptions(options, "submissionWindow");
  // The ticket's date options already name the filing date: no copy per ticket (for speed).
  const withFiling = options.filedOn === undefined ? { ...options, filedOn: facts.portalSubmittedOn } : (options as WindowOptions);
  const { start, label } = windowStart(facts, options.submissionWindowStart ?? DEFAULT_START);
  const earliest = memo.explain("earliest", start, label, earliestDueDate, withFiling);
  const latest = latestDate(facts, start, label, withFiling, memo);
  const submitted = toDayNumber(facts.portalSubmittedOn);
  const timing = submitted < toDayNumber(earliest.result) ? "premature" : submitted > toDayNumber(latest.result) ? "not timely" : "timely";
  return { start, startLabel: label, earliest, latest, submittedOn: facts.portalSubmittedOn, daysAfterStart: submitted - toDayNumber(start), timing };
}
