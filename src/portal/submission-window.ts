import { dueDate } from "../calendar/due-date.js";
import { type IsoDate, toDayNumber } from "../core/iso-date.js";
import type { Explanation } from "../core/types.js";
import { callerBasisAt, ruleParameter } from "../rules/registry.js";
import type { ResolvedPortalDateOptions } from "./date-options.js";
import type { SubmissionWindowStart } from "./options.js";
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

/** @internal The facts a submission window reads. */
export type WindowFacts = Pick<Ticket, "internalDispute" | "portalSubmittedOn">;

/** @internal The date the window counts from under open point 1, and what it is. */
export function windowStart(facts: WindowFacts, choice: SubmissionWindowStart): { start: IsoDate; label: string } {
  const dispute = facts.internalDispute;
  if (choice === "tracking-number-issued" && dispute.trackingNumberIssuedOn !== null) {
    return { start: dispute.trackingNumberIssuedOn, label: "tracking number issued (complaint received by the MCO)" };
  }
  if (choice === "tracking-number-issued") {
    return {
      start: dispute.submittedToMcoOn,
      label: "submitted to the MCO's internal process (no tracking-number date known)",
    };
  }
  return { start: dispute.submittedToMcoOn, label: "submitted to the MCO's internal process" };
}

/** The window's date options, resolved: open point 1 and the filing date whose rule versions apply. */
export type WindowOptions = ResolvedPortalDateOptions & {
  readonly submissionWindowStart: SubmissionWindowStart;
};

/** @internal The three dates of a submission window (the dates interface gives them, cached). */
export interface WindowDates {
  earliestSubmission(start: IsoDate, startLabel: string): Explanation;
  latestSubmission(start: IsoDate, startLabel: string): Explanation;
  latestSubmissionAfterResolution(resolvedOn: IsoDate): Explanation;
}

function latestDueDate(
  start: IsoDate,
  startLabel: string,
  parameter: "days" | "daysAfterResolution",
  options: WindowOptions,
): Explanation {
  const roll = options.unstatedRoll;
  return dueDate({
    ruleId: "PORTAL-SUBMIT-LATEST",
    counting: "calendar-days",
    roll,
    calendar: options.calendar,
    start,
    startLabel,
    amount: Number(ruleParameter("PORTAL-SUBMIT-LATEST", options.filedOn, parameter, { rules: options.ruleBook })),
    options: {
      ...(options.recordOptions ?? {}),
      submissionWindowStart: options.submissionWindowStart,
      unstatedRoll: roll,
    },
    detail: options.detail,
    basis: callerBasisAt("PORTAL-SUBMIT-LATEST", options.filedOn, { rules: options.ruleBook }),
  });
}

/** @internal PORTAL-SUBMIT-EARLIEST: the first day a submission is not premature. */
export function earliestSubmission(start: IsoDate, startLabel: string, options: WindowOptions): Explanation {
  return dueDate({
    ruleId: "PORTAL-SUBMIT-EARLIEST",
    start,
    startLabel,
    amount: Number(ruleParameter("PORTAL-SUBMIT-EARLIEST", options.filedOn, "days", { rules: options.ruleBook })),
    counting: "calendar-days",
    roll: "none",
    options: {
      ...(options.recordOptions ?? {}),
      submissionWindowStart: options.submissionWindowStart,
    },
    detail: options.detail,
    basis: callerBasisAt("PORTAL-SUBMIT-EARLIEST", options.filedOn, { rules: options.ruleBook }),
  });
}

/** @internal PORTAL-SUBMIT-LATEST: the last day a submission is timely, counted from the window's start. */
export function latestSubmission(start: IsoDate, startLabel: string, options: WindowOptions): Explanation {
  return latestDueDate(start, startLabel, "days", options);
}

const RESOLUTION_LABEL = "unsatisfactory internal resolution (89 Ill. Adm. Code 140.75(b)(2))";

/** @internal PORTAL-SUBMIT-LATEST under 140.75(b)(2): 30 days after an unsatisfactory internal resolution. */
export function latestSubmissionAfterResolution(resolvedOn: IsoDate, options: WindowOptions): Explanation {
  return latestDueDate(resolvedOn, RESOLUTION_LABEL, "daysAfterResolution", options);
}

function computedDates(options: WindowOptions): WindowDates {
  return {
    earliestSubmission: (start, label) => earliestSubmission(start, label, options),
    latestSubmission: (start, label) => latestSubmission(start, label, options),
    latestSubmissionAfterResolution: (resolvedOn) => latestSubmissionAfterResolution(resolvedOn, options),
  };
}

/** The latest date under 140.75(b)(2): 30 days after an unsatisfactory resolution, if that is later. */
function latestDate(
  facts: WindowFacts,
  start: IsoDate,
  label: string,
  choice: SubmissionWindowStart,
  dates: WindowDates,
): Explanation {
  const afterSubmitting = dates.latestSubmission(start, label);
  const resolution = facts.internalDispute.resolution;
  if (choice !== "adm-code-140.75" || !resolution || resolution.date > facts.portalSubmittedOn) return afterSubmitting;
  const afterResolution = dates.latestSubmissionAfterResolution(resolution.date);
  return toDayNumber(afterResolution.result) > toDayNumber(afterSubmitting.result) ? afterResolution : afterSubmitting;
}

/**
 * The 30/60-day submission window of a ticket (PORTAL-SUBMIT-EARLIEST, PORTAL-SUBMIT-LATEST):
 * at least 30 and at most 60 calendar days after the complaint reached the MCO. Day 30 and
 * day 60 are in the window; day 29 is premature, day 61 not timely. Open point 1 chooses the
 * start (`submissionWindowStart`), open point 2 whether the 60th day rolls (`unstatedRoll`).
 *
 * The policy of `submissionWindow`: its facts are checked at the boundary
 * (src/api/operations/portal-runs.ts), its options resolved (src/api/settings/portal.ts).
 *
 * @example
 * submissionWindow({ internalDispute: { submittedToMcoOn: d("2024-05-01"), trackingNumber: "A-1",
 *   trackingNumberIssuedOn: d("2024-05-02") }, portalSubmittedOn: d("2024-06-01") }).timing // "timely"
 */
export function submissionWindowOf(facts: WindowFacts, options: WindowOptions): SubmissionWindow {
  return windowOf(facts, options.submissionWindowStart, computedDates(options));
}

/** @internal The window of `facts` with its dates from `dates` (the ticket's dates interface). */
export function windowOf(facts: WindowFacts, choice: SubmissionWindowStart, dates: WindowDates): SubmissionWindow {
  const { start, label } = windowStart(facts, choice);
  const earliest = dates.earliestSubmission(start, label);
  const latest = latestDate(facts, start, label, choice, dates);
  const submitted = toDayNumber(facts.portalSubmittedOn);
  const timing =
    submitted < toDayNumber(earliest.result)
      ? "premature"
      : submitted > toDayNumber(latest.result)
        ? "not timely"
        : "timely";
  return {
    start,
    startLabel: label,
    earliest,
    latest,
    submittedOn: facts.portalSubmittedOn,
    daysAfterStart: submitted - toDayNumber(start),
    timing,
  };
}
