import {
  contestDueDateRun,
  evaluateParsedTicketRun,
  evaluateTicketRun,
  evaluateTicketsRun,
  evidenceDueDateRun,
  extendedProposalDueDateRun,
  extensionRequestLimitRun,
  fineNoticeRun,
  hfsReviewRequestDueDateRun,
  infoRequestDueDateRun,
  infoResponseDueDateRun,
  presentToMcoDueDateRun,
  proposalDueDateRun,
  proposalFindingsRun,
  submissionWindowRun,
} from "./portal-runs.js";
import { portalRuleVersion as portalRuleVersionRun } from "../../portal/rule-in-force.js";
import { TicketSchema } from "../../portal/schemas.js";
import { data, items, settings, value } from "../arguments.js";
import { declareOperation, entry } from "../operation.js";

// Provider Resolution Portal tickets (docs/portal.md): each public operation declared once (src/api/operation.ts).
// Each `run` is a checked run (./portal-runs.ts): the arguments and settings are checked there, the
// policy in src/portal takes them parsed and resolved.

export const EVALUATE_TICKET = declareOperation({
  name: "evaluateTicket",
  area: "portal",
  summary: "Where one Provider Resolution Portal ticket stands as of `asOf` under the policy.",
  context: "Provider Resolution Portal ticket",
  arguments: [data("ticket", TicketSchema), settings()],
  settings: ["asOf", "calendar", "options", "detail"],
  run: evaluateTicketRun,
});

/**
 * Where one Provider Resolution Portal ticket stands as of `asOf` under the policy: status,
 * closure, every deadline with its explanation, findings, overdue, fine and fine notice. The
 * ticket is validated (a bad field is a RuleInputError naming it); an impossible history is a
 * finding, never an exception.
 *
 * @example
 * evaluateTicket(ticketJson, { asOf: "2024-07-10" }).deadlines.map((d) => `${d.name} ${d.dueDate} ${d.status}`)
 */
export const evaluateTicket = entry(EVALUATE_TICKET);

export const EVALUATE_TICKETS = declareOperation({
  name: "evaluateTickets",
  area: "portal",
  summary: "Evaluates many tickets as of one date.",
  context: "Provider Resolution Portal ticket",
  arguments: [items("tickets", TicketSchema), settings()],
  settings: ["asOf", "calendar", "options", "detail", "onError", "validate"],
  run: evaluateTicketsRun,
});

/**
 * Evaluates many tickets as of one date: the options are validated once and the rule lookups
 * of each filing date are shared. `validate: false` skips the per-ticket zod parse for tickets
 * already parsed (the fastest path); by default each ticket is validated. One answer per ticket,
 * in input order. A bad ticket (a RuleInputError) stops the batch by default (`onError:
 * "throw"`, the error names the ticket number and the 0-based index); with `onError: "collect"`
 * its answer is `{ status: "invalid input", index, ticketNumber?, error }` and the batch goes on.
 *
 * @example evaluateTickets(tickets, { asOf: "2024-07-10" }).filter((e) => e.overdue).length
 * @example evaluateTickets(tickets, { asOf: "2024-07-10", onError: "collect" }).filter(isInvalidInput).map((x) => x.index)
 */
export const evaluateTickets = entry(EVALUATE_TICKETS);

export const EVALUATE_PARSED_TICKET = declareOperation({
  name: "evaluateParsedTicket",
  area: "portal",
  summary: "The fast path of evaluateTicket for a ticket already parsed with `TicketSchema` (its type says so).",
  context: "Provider Resolution Portal ticket",
  arguments: [data("ticket", TicketSchema), settings()],
  settings: ["asOf", "calendar", "options", "detail"],
  run: evaluateParsedTicketRun,
});

/**
 * The fast path of {@link evaluateTicket} for a ticket already parsed with `TicketSchema` (its
 * type says so): no validation of the ticket, only of `asOf` and the options.
 *
 * @example evaluateParsedTicket(TicketSchema.parse(json), { asOf: "2024-07-10" }).status
 */
export const evaluateParsedTicket = entry(EVALUATE_PARSED_TICKET);

export const SUBMISSION_WINDOW = declareOperation({
  name: "submissionWindow",
  area: "portal",
  summary: "The 30/60-day submission window of a ticket (PORTAL-SUBMIT-EARLIEST, PORTAL-SUBMIT-LATEST).",
  context: "PORTAL-SUBMIT-EARLIEST",
  arguments: [data("facts"), settings("options")],
  settings: ["calendar", "options"],
  run: submissionWindowRun,
});

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
export const submissionWindow = entry(SUBMISSION_WINDOW);

export const PRESENT_TO_MCO_DUE_DATE = declareOperation({
  name: "presentToMcoDueDate",
  area: "portal",
  summary: "The day by which the HFS Portal Team presents a ticket to the MCO.",
  context: "PORTAL-PRESENT-TO-MCO",
  arguments: [value("portalReceivedOn"), settings("options")],
  settings: ["calendar", "options"],
  run: presentToMcoDueDateRun,
});

/**
 * The day by which the HFS Portal Team presents a ticket to the MCO: 10 business days after
 * its receipt via the Portal (PORTAL-PRESENT-TO-MCO; 89 Ill. Adm. Code 140.75(c)).
 *
 * @example presentToMcoDueDate(parseIsoDate("2024-11-20")).result // "2024-12-06" (Thanksgiving Thursday and Friday skipped)
 */
export const presentToMcoDueDate = entry(PRESENT_TO_MCO_DUE_DATE);

export const INFO_REQUEST_DUE_DATE = declareOperation({
  name: "infoRequestDueDate",
  area: "portal",
  summary: "The last day an MCO may request additional information from the provider.",
  context: "PORTAL-INFO-REQUEST",
  arguments: [value("mcoReceivedOn"), settings("options")],
  settings: ["calendar", "options"],
  run: infoRequestDueDateRun,
});

/**
 * The last day an MCO may request additional information from the provider: 5 business days
 * after it received the ticket in the Portal (PORTAL-INFO-REQUEST).
 *
 * @example infoRequestDueDate(parseIsoDate("2024-07-01")).result // "2024-07-09" (Independence Day skipped)
 */
export const infoRequestDueDate = entry(INFO_REQUEST_DUE_DATE);

export const INFO_RESPONSE_DUE_DATE = declareOperation({
  name: "infoResponseDueDate",
  area: "portal",
  summary: "The day by which the provider supplies requested information (or shows it was already given).",
  context: "PORTAL-INFO-RESPONSE",
  arguments: [value("requestedOn"), settings("options")],
  settings: ["calendar", "options"],
  run: infoResponseDueDateRun,
});

/**
 * The day by which the provider supplies requested information (or shows it was already
 * given): 5 business days after the MCO's request; otherwise the ticket is closed
 * (PORTAL-INFO-RESPONSE).
 *
 * @example infoResponseDueDate(parseIsoDate("2024-11-26")).result // "2024-12-05" (Thanksgiving Thursday and Friday skipped)
 */
export const infoResponseDueDate = entry(INFO_RESPONSE_DUE_DATE);

export const PROPOSAL_DUE_DATE = declareOperation({
  name: "proposalDueDate",
  area: "portal",
  summary: "The MCO's written response/proposal due date.",
  context: "PORTAL-PROPOSAL-DUE",
  arguments: [value("mcoReceivedOn"), settings("options")],
  settings: ["calendar", "options"],
  run: proposalDueDateRun,
});

/**
 * The MCO's written response/proposal due date: 30 calendar days after it received the ticket,
 * rolled forward off weekends and State Holidays (PORTAL-PROPOSAL-DUE, CAL-ROLL-FORWARD).
 *
 * @example proposalDueDate(parseIsoDate("2024-06-04")).result // "2024-07-05": 07-04 is Independence Day
 */
export const proposalDueDate = entry(PROPOSAL_DUE_DATE);

export const EXTENDED_PROPOSAL_DUE_DATE = declareOperation({
  name: "extendedProposalDueDate",
  area: "portal",
  summary: "The proposal due date with an approved extension.",
  context: "PORTAL-EXTENSION-DUE",
  arguments: [value("mcoReceivedOn"), settings("options")],
  settings: ["calendar", "options"],
  run: extendedProposalDueDateRun,
});

/**
 * The proposal due date with an approved extension: 60 calendar days after the MCO received
 * the ticket, rolled forward off weekends and State Holidays (PORTAL-EXTENSION-DUE).
 *
 * @example extendedProposalDueDate(parseIsoDate("2024-05-05")).result // "2024-07-05": 07-04 is Independence Day
 */
export const extendedProposalDueDate = entry(EXTENDED_PROPOSAL_DUE_DATE);

export const EXTENSION_REQUEST_LIMIT = declareOperation({
  name: "extensionRequestLimit",
  area: "portal",
  summary: "The last day an extension may be requested.",
  context: "PORTAL-EXTENSION-REQUEST",
  arguments: [value("mcoReceivedOn"), settings("options")],
  settings: ["calendar", "options"],
  run: extensionRequestLimitRun,
});

/**
 * The last day an extension may be requested: "no later than seven (7) calendar days prior to
 * the end of the initial 30 calendar day period" (PORTAL-EXTENSION-REQUEST). Open point 3:
 * counted back from the raw 30th day (default: day 23 after receipt) or from the rolled
 * proposal due date (`extensionLimitFrom: "rolled-due-date"`).
 *
 * @example extensionRequestLimit(parseIsoDate("2024-06-04")).result // "2024-06-27" (day 23)
 */
export const extensionRequestLimit = entry(EXTENSION_REQUEST_LIMIT);

export const CONTEST_DUE_DATE = declareOperation({
  name: "contestDueDate",
  area: "portal",
  summary: "The last day the provider may contest the MCO's response.",
  context: "PORTAL-CONTEST",
  arguments: [value("responseReceivedOn"), settings("options")],
  settings: ["calendar", "options"],
  run: contestDueDateRun,
});

/**
 * The last day the provider may contest the MCO's response: 5 business days after receiving
 * it; otherwise the Portal Team closes the ticket (PORTAL-CONTEST). The provider receives the
 * response the day the MCO enters it in the Portal.
 *
 * @example contestDueDate(parseIsoDate("2024-07-01")).result // "2024-07-09" (Independence Day skipped)
 */
export const contestDueDate = entry(CONTEST_DUE_DATE);

export const HFS_REVIEW_REQUEST_DUE_DATE = declareOperation({
  name: "hfsReviewRequestDueDate",
  area: "portal",
  summary: "The last day a contesting provider may ask HFS to review the dispute.",
  context: "PORTAL-HFS-REVIEW-REQUEST",
  arguments: [value("start"), settings("options")],
  settings: ["calendar", "options"],
  run: hfsReviewRequestDueDateRun,
});

/**
 * The last day a contesting provider may ask HFS to review the dispute: 30 calendar days
 * (PORTAL-HFS-REVIEW-REQUEST) after the contest by default, or after the MCO response (open
 * point 5: the caller passes that start and labels it). Not rolled unless
 * `unstatedRoll: "forward"` (open point 2).
 *
 * @example hfsReviewRequestDueDate(parseIsoDate("2024-06-04")).result // "2024-07-04" (no roll by default)
 */
export const hfsReviewRequestDueDate = entry(HFS_REVIEW_REQUEST_DUE_DATE);

export const EVIDENCE_DUE_DATE = declareOperation({
  name: "evidenceDueDate",
  area: "portal",
  summary: "The day by which both the MCO and the provider deliver all relevant information to HFS.",
  context: "PORTAL-HFS-REVIEW-EVIDENCE",
  arguments: [value("reviewRequestedOn"), settings("options")],
  settings: ["calendar", "options"],
  run: evidenceDueDateRun,
});

/**
 * The day by which both the MCO and the provider deliver all relevant information to HFS:
 * 30 calendar days after the provider's request for HFS review (PORTAL-HFS-REVIEW-EVIDENCE).
 * Not rolled unless `unstatedRoll: "forward"` (open point 2).
 *
 * @example evidenceDueDate(parseIsoDate("2024-10-29")).result // "2024-11-28" (Thanksgiving; no roll by default)
 */
export const evidenceDueDate = entry(EVIDENCE_DUE_DATE);

export const PORTAL_RULE_VERSION = declareOperation({
  name: "portalRuleVersion",
  area: "portal",
  summary:
    "The version of a PORTAL-* rule in force on `date` (principle 4), honouring open interpretation 9 through the registry lookup (ruleVersionAt).",
  context: "PORTAL-PROPOSAL-DUE",
  arguments: [value("ruleId"), value("date"), value("monthOnly")],
  settings: [],
  run: portalRuleVersionRun,
});

export const PROPOSAL_FINDINGS = declareOperation({
  name: "proposalFindings",
  area: "portal",
  summary: "What a written proposal lacks under PORTAL-PROPOSAL-CONTENT.",
  context: "PORTAL-PROPOSAL-CONTENT",
  arguments: [data("proposal")],
  settings: [],
  run: proposalFindingsRun,
});

/**
 * What a written proposal lacks under PORTAL-PROPOSAL-CONTENT: a detailed plan, an MCO contact
 * (name, phone, e-mail) and exactly one of the **Upheld** / **Overturned** checkboxes. The
 * resolution period is required only "as applicable", so its absence is not reported.
 *
 * @example proposalFindings(proposal).map((f) => f.message)
 * // ["The proposal checks neither Upheld nor Overturned."]
 */
export const proposalFindings = entry(PROPOSAL_FINDINGS);

export const FINE_NOTICE = declareOperation({
  name: "fineNotice",
  area: "portal",
  summary:
    "The fine notice, worded exactly as the HFS Provider Resolution Portal Requirements give it, filled with the ticket number, the due date that was missed (ISO `YYYY-MM-DD`) and the fine's amount (PORTAL-FINE-NOTICE).",
  context: "PORTAL-FINE-NOTICE",
  arguments: [data("fine")],
  settings: [],
  run: fineNoticeRun,
});

/**
 * The fine notice, worded exactly as the HFS Provider Resolution Portal Requirements give it, filled with the ticket number, the due
 * date that was missed (ISO `YYYY-MM-DD`) and the fine's amount (PORTAL-FINE-NOTICE). The
 * subject's dash is an en dash (U+2013), as in the policy.
 *
 * @example fineNotice(fine).subject // "MCO Provider Resolution Portal Fine Notice – T-2024-0001"
 */
export const fineNotice = entry(FINE_NOTICE);
