import type { IsoDate } from "../../core/iso-date.js";
import type { Explanation } from "../../core/types.js";
import type { PortalDateOptions } from "../../portal/date-options.js";
import { value, settings } from "../arguments.js";
import { declareOperation, entry } from "../operation.js";
import {
  contestDueDateRun,
  evidenceDueDateRun,
  extendedProposalDueDateRun,
  extensionRequestLimitRun,
  hfsReviewRequestDueDateRun,
  infoRequestDueDateRun,
  infoResponseDueDateRun,
  type PortalDueDateRule,
  portalDueDateRun,
  presentToMcoDueDateRun,
  proposalDueDateRun,
} from "./portal-runs.js";

// The due dates of the Provider Resolution Portal counted from one trigger day (docs/portal.md):
// one public operation, `portalDueDate`, whose first argument is the rule. It replaces the nine
// functions of 0.2 (one per rule, declared below and private now: src/internal.ts), which took
// the same start and options and gave the same explanation.

export const PORTAL_DUE_DATE = /* @__PURE__ */ declareOperation({
  name: "portalDueDate",
  area: "portal",
  summary: "The due date of a portal rule counted from its trigger day, with its explanation.",
  context: "PORTAL-PROPOSAL-DUE",
  arguments: [/* @__PURE__ */ value("ruleId"), /* @__PURE__ */ value("start"), /* @__PURE__ */ settings("options")],
  settings: ["calendar", "options", "rules"],
  run: portalDueDateRun,
});

/**
 * The due date of a Provider Resolution Portal rule counted from its trigger day `start`, with
 * its explanation: `ruleId` is one of
 * - `PORTAL-PRESENT-TO-MCO`: the Portal Team presents the ticket to the MCO, 10 business days after its receipt;
 * - `PORTAL-INFO-REQUEST`: the MCO may request more information, 5 business days after it received the ticket;
 * - `PORTAL-INFO-RESPONSE`: the provider supplies it, 5 business days after the request;
 * - `PORTAL-PROPOSAL-DUE`: the MCO's proposal, 30 calendar days after it received the ticket, rolled forward;
 * - `PORTAL-EXTENSION-DUE`: the proposal with an approved extension, 60 calendar days, rolled forward;
 * - `PORTAL-EXTENSION-REQUEST`: the last day to request an extension (open point 3, `extensionLimitFrom`);
 * - `PORTAL-CONTEST`: the provider contests the MCO's response, 5 business days after receiving it;
 * - `PORTAL-HFS-REVIEW-REQUEST`: the provider asks HFS to review, 30 calendar days (open points 2 and 5);
 * - `PORTAL-HFS-REVIEW-EVIDENCE`: both parties deliver their information to HFS, 30 calendar days (open point 2).
 *
 * Another rule ID, a bad `start` or a bad option is a RuleInputError naming the argument.
 *
 * @example
 * portalDueDate("PORTAL-PROPOSAL-DUE", parseIsoDate("2024-06-04")).result // "2024-07-05": 07-04 is Independence Day
 * portalDueDate("PORTAL-INFO-REQUEST", parseIsoDate("2024-07-01")).result // "2024-07-09" (Independence Day skipped)
 */
export const portalDueDate: (ruleId: PortalDueDateRule, start: IsoDate, options?: PortalDateOptions) => Explanation =
  /* @__PURE__ */ entry(PORTAL_DUE_DATE);

export const PRESENT_TO_MCO_DUE_DATE = /* @__PURE__ */ declareOperation({
  name: "presentToMcoDueDate",
  area: "portal",
  summary: "The day by which the HFS Portal Team presents a ticket to the MCO.",
  context: "PORTAL-PRESENT-TO-MCO",
  arguments: [/* @__PURE__ */ value("portalReceivedOn"), /* @__PURE__ */ settings("options")],
  settings: ["calendar", "options", "rules"],
  run: presentToMcoDueDateRun,
});

/**
 * @internal Private in 0.3: `portalDueDate(ruleId, start, options)`.
 * The day by which the HFS Portal Team presents a ticket to the MCO: 10 business days after
 * its receipt via the Portal (PORTAL-PRESENT-TO-MCO; 89 Ill. Adm. Code 140.75(c)).
 *
 * @example presentToMcoDueDate(parseIsoDate("2024-11-20")).result
 * // "2024-12-06" (Thanksgiving Thursday and Friday skipped)
 */
export const presentToMcoDueDate = /* @__PURE__ */ entry(PRESENT_TO_MCO_DUE_DATE);

export const INFO_REQUEST_DUE_DATE = /* @__PURE__ */ declareOperation({
  name: "infoRequestDueDate",
  area: "portal",
  summary: "The last day an MCO may request additional information from the provider.",
  context: "PORTAL-INFO-REQUEST",
  arguments: [/* @__PURE__ */ value("mcoReceivedOn"), /* @__PURE__ */ settings("options")],
  settings: ["calendar", "options", "rules"],
  run: infoRequestDueDateRun,
});

/**
 * @internal Private in 0.3: `portalDueDate(ruleId, start, options)`.
 * The last day an MCO may request additional information from the provider: 5 business days
 * after it received the ticket in the Portal (PORTAL-INFO-REQUEST).
 *
 * @example infoRequestDueDate(parseIsoDate("2024-07-01")).result // "2024-07-09" (Independence Day skipped)
 */
export const infoRequestDueDate = /* @__PURE__ */ entry(INFO_REQUEST_DUE_DATE);

export const INFO_RESPONSE_DUE_DATE = /* @__PURE__ */ declareOperation({
  name: "infoResponseDueDate",
  area: "portal",
  summary: "The day by which the provider supplies requested information (or shows it was already given).",
  context: "PORTAL-INFO-RESPONSE",
  arguments: [/* @__PURE__ */ value("requestedOn"), /* @__PURE__ */ settings("options")],
  settings: ["calendar", "options", "rules"],
  run: infoResponseDueDateRun,
});

/**
 * @internal Private in 0.3: `portalDueDate(ruleId, start, options)`.
 * The day by which the provider supplies requested information (or shows it was already
 * given): 5 business days after the MCO's request; otherwise the ticket is closed
 * (PORTAL-INFO-RESPONSE).
 *
 * @example infoResponseDueDate(parseIsoDate("2024-11-26")).result
 * // "2024-12-05" (Thanksgiving Thursday and Friday skipped)
 */
export const infoResponseDueDate = /* @__PURE__ */ entry(INFO_RESPONSE_DUE_DATE);

export const PROPOSAL_DUE_DATE = /* @__PURE__ */ declareOperation({
  name: "proposalDueDate",
  area: "portal",
  summary: "The MCO's written response/proposal due date.",
  context: "PORTAL-PROPOSAL-DUE",
  arguments: [/* @__PURE__ */ value("mcoReceivedOn"), /* @__PURE__ */ settings("options")],
  settings: ["calendar", "options", "rules"],
  run: proposalDueDateRun,
});

/**
 * @internal Private in 0.3: `portalDueDate(ruleId, start, options)`.
 * The MCO's written response/proposal due date: 30 calendar days after it received the ticket,
 * rolled forward off weekends and State Holidays (PORTAL-PROPOSAL-DUE, CAL-ROLL-FORWARD).
 *
 * @example proposalDueDate(parseIsoDate("2024-06-04")).result // "2024-07-05": 07-04 is Independence Day
 */
export const proposalDueDate = /* @__PURE__ */ entry(PROPOSAL_DUE_DATE);

export const EXTENDED_PROPOSAL_DUE_DATE = /* @__PURE__ */ declareOperation({
  name: "extendedProposalDueDate",
  area: "portal",
  summary: "The proposal due date with an approved extension.",
  context: "PORTAL-EXTENSION-DUE",
  arguments: [/* @__PURE__ */ value("mcoReceivedOn"), /* @__PURE__ */ settings("options")],
  settings: ["calendar", "options", "rules"],
  run: extendedProposalDueDateRun,
});

/**
 * @internal Private in 0.3: `portalDueDate(ruleId, start, options)`.
 * The proposal due date with an approved extension: 60 calendar days after the MCO received
 * the ticket, rolled forward off weekends and State Holidays (PORTAL-EXTENSION-DUE).
 *
 * @example extendedProposalDueDate(parseIsoDate("2024-05-05")).result // "2024-07-05": 07-04 is Independence Day
 */
export const extendedProposalDueDate = /* @__PURE__ */ entry(EXTENDED_PROPOSAL_DUE_DATE);

export const EXTENSION_REQUEST_LIMIT = /* @__PURE__ */ declareOperation({
  name: "extensionRequestLimit",
  area: "portal",
  summary: "The last day an extension may be requested.",
  context: "PORTAL-EXTENSION-REQUEST",
  arguments: [/* @__PURE__ */ value("mcoReceivedOn"), /* @__PURE__ */ settings("options")],
  settings: ["calendar", "options", "rules"],
  run: extensionRequestLimitRun,
});

/**
 * @internal Private in 0.3: `portalDueDate(ruleId, start, options)`.
 * The last day an extension may be requested, 7 calendar days before the end of the initial
 * 30-day period (PORTAL-EXTENSION-REQUEST; its quote is in the registry). Open point 3:
 * counted back from the raw 30th day (default: day 23 after receipt) or from the rolled
 * proposal due date (`extensionLimitFrom: "rolled-due-date"`).
 *
 * @example extensionRequestLimit(parseIsoDate("2024-06-04")).result // "2024-06-27" (day 23)
 */
export const extensionRequestLimit = /* @__PURE__ */ entry(EXTENSION_REQUEST_LIMIT);

export const CONTEST_DUE_DATE = /* @__PURE__ */ declareOperation({
  name: "contestDueDate",
  area: "portal",
  summary: "The last day the provider may contest the MCO's response.",
  context: "PORTAL-CONTEST",
  arguments: [/* @__PURE__ */ value("responseReceivedOn"), /* @__PURE__ */ settings("options")],
  settings: ["calendar", "options", "rules"],
  run: contestDueDateRun,
});

/**
 * @internal Private in 0.3: `portalDueDate(ruleId, start, options)`.
 * The last day the provider may contest the MCO's response: 5 business days after receiving
 * it; otherwise the Portal Team closes the ticket (PORTAL-CONTEST). The provider receives the
 * response the day the MCO enters it in the Portal.
 *
 * @example contestDueDate(parseIsoDate("2024-07-01")).result // "2024-07-09" (Independence Day skipped)
 */
export const contestDueDate = /* @__PURE__ */ entry(CONTEST_DUE_DATE);

export const HFS_REVIEW_REQUEST_DUE_DATE = /* @__PURE__ */ declareOperation({
  name: "hfsReviewRequestDueDate",
  area: "portal",
  summary: "The last day a contesting provider may ask HFS to review the dispute.",
  context: "PORTAL-HFS-REVIEW-REQUEST",
  arguments: [/* @__PURE__ */ value("start"), /* @__PURE__ */ settings("options")],
  settings: ["calendar", "options", "rules"],
  run: hfsReviewRequestDueDateRun,
});

/**
 * @internal Private in 0.3: `portalDueDate(ruleId, start, options)`.
 * The last day a contesting provider may ask HFS to review the dispute: 30 calendar days
 * (PORTAL-HFS-REVIEW-REQUEST) after the contest by default, or after the MCO response (open
 * point 5: the caller passes that start and labels it). Not rolled unless
 * `unstatedRoll: "forward"` (open point 2).
 *
 * @example hfsReviewRequestDueDate(parseIsoDate("2024-06-04")).result // "2024-07-04" (no roll by default)
 */
export const hfsReviewRequestDueDate = /* @__PURE__ */ entry(HFS_REVIEW_REQUEST_DUE_DATE);

export const EVIDENCE_DUE_DATE = /* @__PURE__ */ declareOperation({
  name: "evidenceDueDate",
  area: "portal",
  summary: "The day by which both the MCO and the provider deliver all relevant information to HFS.",
  context: "PORTAL-HFS-REVIEW-EVIDENCE",
  arguments: [/* @__PURE__ */ value("reviewRequestedOn"), /* @__PURE__ */ settings("options")],
  settings: ["calendar", "options", "rules"],
  run: evidenceDueDateRun,
});

/**
 * @internal Private in 0.3: `portalDueDate(ruleId, start, options)`.
 * The day by which both the MCO and the provider deliver all relevant information to HFS:
 * 30 calendar days after the provider's request for HFS review (PORTAL-HFS-REVIEW-EVIDENCE).
 * Not rolled unless `unstatedRoll: "forward"` (open point 2).
 *
 * @example evidenceDueDate(parseIsoDate("2024-10-29")).result // "2024-11-28" (Thanksgiving; no roll by default)
 */
export const evidenceDueDate = /* @__PURE__ */ entry(EVIDENCE_DUE_DATE);
