import type { IsoDate } from "../core/iso-date.js";
import type { Explanation } from "../core/types.js";
import { contestDueDateOf } from "./contest-due-date.js";
import type { ResolvedPortalDateOptions } from "./date-options.js";
import { evidenceDueDateOf } from "./evidence-due-date.js";
import { extendedProposalDueDateOf } from "./extended-proposal-due-date.js";
import { extensionRequestLimitOf } from "./extension-request-limit.js";
import { hfsReviewRequestDueDateOf } from "./hfs-review-request-due-date.js";
import { infoRequestDueDateOf } from "./info-request-due-date.js";
import { infoResponseDueDateOf } from "./info-response-due-date.js";
import type { ResolvedPortalOptions } from "./options.js";
import { presentToMcoDueDateOf } from "./present-to-mco-due-date.js";
import { proposalDueDateOf } from "./proposal-due-date.js";
import {
  earliestSubmission,
  latestSubmission,
  latestSubmissionAfterResolution,
  type WindowDates,
} from "./submission-window.js";

/**
 * @internal The due dates of a ticket's policy, one function per date, each with its
 * Explanation. A date depends only on its start (and the start's label), the options and the
 * rule versions of the filing date: never on anything else in the ticket, so that a cache
 * (dates-cache.ts) may answer for every ticket filed under the same rule versions.
 */
export interface TicketDates extends WindowDates {
  /** PORTAL-PRESENT-TO-MCO: 10 business days after the Portal receipt. */
  presentToMco(portalReceivedOn: IsoDate): Explanation;
  /** PORTAL-INFO-REQUEST: 5 business days after the MCO received the ticket. */
  infoRequest(mcoReceivedOn: IsoDate): Explanation;
  /** PORTAL-INFO-RESPONSE: 5 business days after the request. */
  infoResponse(requestedOn: IsoDate): Explanation;
  /** PORTAL-PROPOSAL-DUE: 30 calendar days after the MCO received the ticket, rolled forward. */
  proposal(mcoReceivedOn: IsoDate, startLabel: string): Explanation;
  /** PORTAL-EXTENSION-DUE: 60 calendar days after the MCO received the ticket, rolled forward. */
  extendedProposal(mcoReceivedOn: IsoDate, startLabel: string): Explanation;
  /** PORTAL-EXTENSION-REQUEST: the last day to request an extension (open point 3). */
  extensionRequestLimit(mcoReceivedOn: IsoDate): Explanation;
  /** PORTAL-CONTEST: 5 business days after the MCO response. */
  contest(responseOn: IsoDate): Explanation;
  /** PORTAL-HFS-REVIEW-REQUEST: 30 days after the contest or the response (open point 5). */
  hfsReviewRequest(start: IsoDate): Explanation;
  /** PORTAL-HFS-REVIEW-EVIDENCE: 30 days after the review request. */
  evidence(reviewRequestedOn: IsoDate): Explanation;
}

/** The names of the {@link TicketDates} functions (what the cache keys a date by). */
export type DateKind = keyof TicketDates;

/**
 * @internal The due dates of the tickets filed on `filedOn` under `options`, computed each time
 * (no cache).
 *
 * @example ticketDates(resolved, parseIsoDate("2024-05-20")).contest(parseIsoDate("2024-07-01")).result // "2024-07-09"
 */
export function ticketDates(options: ResolvedPortalOptions, filedOn: IsoDate): TicketDates {
  const base: ResolvedPortalDateOptions & {
    submissionWindowStart: ResolvedPortalOptions["submissionWindowStart"];
  } = {
    calendar: options.calendar,
    businessDayStart: options.businessDayStart,
    unstatedRoll: options.unstatedRoll,
    extensionLimitFrom: options.extensionLimitFrom,
    submissionWindowStart: options.submissionWindowStart,
    filedOn,
    detail: options.detail,
    ruleBook: options.ruleBook,
  };
  // Open point 4 is recorded in the explanations of the MCO's clock.
  const clock = { ...base, recordOptions: { mcoClockStart: options.mcoClockStart } };
  // Open point 5: the 30 days run from the contest or from the MCO response.
  const from = options.hfsReviewClockFrom;
  const review = {
    ...base,
    startLabel: from === "contest" ? "response contested" : "MCO response received",
    recordOptions: { hfsReviewClockFrom: from },
  };
  return {
    presentToMco: (start) => presentToMcoDueDateOf(start, base),
    infoRequest: (start) => infoRequestDueDateOf(start, clock),
    infoResponse: (start) => infoResponseDueDateOf(start, base),
    proposal: (start, startLabel) => proposalDueDateOf(start, { ...clock, startLabel }),
    extendedProposal: (start, startLabel) => extendedProposalDueDateOf(start, { ...clock, startLabel }),
    extensionRequestLimit: (start) => extensionRequestLimitOf(start, clock),
    contest: (start) => contestDueDateOf(start, base),
    hfsReviewRequest: (start) => hfsReviewRequestDueDateOf(start, review),
    evidence: (start) => evidenceDueDateOf(start, base),
    earliestSubmission: (start, startLabel) => earliestSubmission(start, startLabel, base),
    latestSubmission: (start, startLabel) => latestSubmission(start, startLabel, base),
    latestSubmissionAfterResolution: (resolvedOn) => latestSubmissionAfterResolution(resolvedOn, base),
  };
}
