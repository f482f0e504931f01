import {
  evaluateParsedTicketRun,
  evaluateTicketRun,
  evaluateTicketsRun,
  fineNoticeRun,
  proposalFindingsRun,
  submissionWindowRun,
} from "./portal-runs.js";
import { createTicketEvaluatorRun } from "./portal-evaluator.js";
import { portalRuleVersion as portalRuleVersionRun } from "../../portal/rule-in-force.js";
import { TicketSchema } from "../../portal/schemas.js";
import { data, items, settings, value } from "../arguments.js";
import { declareOperation, entry } from "../operation.js";

// Provider Resolution Portal tickets (docs/portal.md): each public operation declared once (src/api/operation.ts).
// Each `run` is a checked run (./portal-runs.ts): the arguments and settings are checked there, the
// policy in src/portal takes them parsed and resolved.

export const EVALUATE_TICKET = /* @__PURE__ */ declareOperation({
  name: "evaluateTicket",
  area: "portal",
  summary: "Where one Provider Resolution Portal ticket stands as of `asOf` under the policy.",
  context: "Provider Resolution Portal ticket",
  arguments: [/* @__PURE__ */ data("ticket", TicketSchema), /* @__PURE__ */ settings()],
  settings: ["asOf", "calendar", "options", "detail", "rules"],
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
export const evaluateTicket = /* @__PURE__ */ entry(EVALUATE_TICKET);

export const EVALUATE_TICKETS = /* @__PURE__ */ declareOperation({
  name: "evaluateTickets",
  area: "portal",
  summary: "Evaluates many tickets as of one date.",
  context: "Provider Resolution Portal ticket",
  arguments: [/* @__PURE__ */ items("tickets", TicketSchema), /* @__PURE__ */ settings()],
  settings: ["asOf", "calendar", "options", "detail", "rules", "onError", "validate"],
  run: evaluateTicketsRun,
});

/**
 * Evaluates many tickets as of one date: the options are validated once and the rule lookups
 * of each filing date are shared by the batch (one evaluator for the batch: to share them across
 * batches, hold one, {@link createTicketEvaluator}). `validate: false` skips the per-ticket zod parse for tickets
 * already parsed (the fastest path); by default each ticket is validated. One answer per ticket,
 * in input order. A bad ticket (a RuleInputError) stops the batch by default (`onError:
 * "throw"`, the error names the ticket number and the 0-based index); with `onError: "collect"`
 * its answer is `{ status: "invalid input", index, ticketNumber?, error }` and the batch goes on.
 *
 * @example evaluateTickets(tickets, { asOf: "2024-07-10" }).filter((e) => e.overdue).length
 * @example
 * evaluateTickets(tickets, { asOf: "2024-07-10", onError: "collect" }).filter(isInvalidInput).map((x) => x.index)
 */
export const evaluateTickets = /* @__PURE__ */ entry(EVALUATE_TICKETS);

export const CREATE_TICKET_EVALUATOR = /* @__PURE__ */ declareOperation({
  name: "createTicketEvaluator",
  area: "portal",
  summary: "An evaluator of many tickets under one set of settings, read once; it holds the cache its tickets share.",
  context: "Provider Resolution Portal ticket",
  arguments: [/* @__PURE__ */ settings()],
  settings: ["asOf", "calendar", "options", "detail", "rules"],
  run: createTicketEvaluatorRun,
});

/**
 * An evaluator of tickets under one set of settings (`asOf`, `calendar`, `options`, `detail`,
 * as {@link evaluateTicket} takes them), read and checked once, here: a bad setting is a
 * RuleInputError now, before any ticket. It holds the cache of rule lookups and dates its tickets
 * share (bounded: a stream of millions stays in bounded memory), and nothing else: the library
 * keeps no cache between calls, so hold one evaluator for a batch or a stream (a queue, a file
 * read line by line). `evaluate(ticket)` answers as `evaluateTicket(ticket, settings)`;
 * `evaluateMany(tickets, { onError, validate })` as `evaluateTickets(tickets, { ...settings,
 * onError, validate })`; each answer is the same whatever the evaluator evaluated before.
 *
 * @example
 * const evaluator = createTicketEvaluator({ asOf: "2024-07-10" });
 * for (const line of lines) evaluator.evaluate(JSON.parse(line)).deadlines.filter((d) => d.status === "missed")
 * evaluator.evaluateMany(tickets, { onError: "collect" }).filter(isInvalidInput).map((x) => x.index)
 */
export const createTicketEvaluator = /* @__PURE__ */ entry(CREATE_TICKET_EVALUATOR);

export const EVALUATE_PARSED_TICKET = /* @__PURE__ */ declareOperation({
  name: "evaluateParsedTicket",
  area: "portal",
  summary: "The fast path of evaluateTicket for a ticket already parsed with `TicketSchema` (its type says so).",
  context: "Provider Resolution Portal ticket",
  arguments: [/* @__PURE__ */ data("ticket", TicketSchema), /* @__PURE__ */ settings()],
  settings: ["asOf", "calendar", "options", "detail", "rules"],
  run: evaluateParsedTicketRun,
});

/**
 * The fast path of {@link evaluateTicket} for a ticket already parsed with `TicketSchema` (its
 * type says so): no validation of the ticket, only of `asOf` and the options.
 *
 * @example evaluateParsedTicket(TicketSchema.parse(json), { asOf: "2024-07-10" }).status
 */
export const evaluateParsedTicket = /* @__PURE__ */ entry(EVALUATE_PARSED_TICKET);

export const SUBMISSION_WINDOW = /* @__PURE__ */ declareOperation({
  name: "submissionWindow",
  area: "portal",
  summary: "The 30/60-day submission window of a ticket (PORTAL-SUBMIT-EARLIEST, PORTAL-SUBMIT-LATEST).",
  context: "PORTAL-SUBMIT-EARLIEST",
  arguments: [/* @__PURE__ */ data("facts"), /* @__PURE__ */ settings("options")],
  settings: ["calendar", "options", "rules"],
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
export const submissionWindow = /* @__PURE__ */ entry(SUBMISSION_WINDOW);

export const PORTAL_RULE_VERSION = /* @__PURE__ */ declareOperation({
  name: "portalRuleVersion",
  area: "portal",
  summary:
    "The version of a PORTAL-* rule in force on `date` (principle 4), honouring open interpretation 9 through the " +
    "registry lookup (ruleVersionAt).",
  context: "PORTAL-PROPOSAL-DUE",
  arguments: [/* @__PURE__ */ value("ruleId"), /* @__PURE__ */ value("date"), /* @__PURE__ */ value("monthOnly")],
  settings: [],
  run: portalRuleVersionRun,
});

export const PROPOSAL_FINDINGS = /* @__PURE__ */ declareOperation({
  name: "proposalFindings",
  area: "portal",
  summary: "What a written proposal lacks under PORTAL-PROPOSAL-CONTENT.",
  context: "PORTAL-PROPOSAL-CONTENT",
  arguments: [/* @__PURE__ */ data("proposal")],
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
export const proposalFindings = /* @__PURE__ */ entry(PROPOSAL_FINDINGS);

export const FINE_NOTICE = /* @__PURE__ */ declareOperation({
  name: "fineNotice",
  area: "portal",
  summary:
    "The fine notice, worded exactly as the HFS Provider Resolution Portal Requirements give it, filled with the " +
    "ticket number, the due date that was missed (ISO `YYYY-MM-DD`) and the fine's amount (PORTAL-FINE-NOTICE).",
  context: "PORTAL-FINE-NOTICE",
  arguments: [/* @__PURE__ */ data("fine")],
  settings: [],
  run: fineNoticeRun,
});

/**
 * The fine notice, worded exactly as the HFS Provider Resolution Portal Requirements give it, filled with the ticket
 * number, the due date that was missed (ISO `YYYY-MM-DD`) and the fine's amount (PORTAL-FINE-NOTICE). The
 * subject's dash is an en dash (U+2013), as in the policy.
 *
 * @example fineNotice(fine).subject // "MCO Provider Resolution Portal Fine Notice – T-2024-0001"
 */
export const fineNotice = /* @__PURE__ */ entry(FINE_NOTICE);
