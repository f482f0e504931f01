import { freezeTree } from "../../core/freeze.js";
import type {
  EvaluateTicketSettings,
  InvalidTicket,
  TicketBatchSettings,
  TicketEvaluation,
  TicketEvaluator,
} from "../../portal/evaluate-ticket.js";
import type { Ticket, TicketInput } from "../../portal/schemas.js";
import { readPlainData } from "../read.js";
import { readSettingsRecord } from "../settings.js";
import { parsedTicketEvaluator, parseTicket, TICKET_ITEMS, ticketBatch } from "./portal-runs.js";

// The evaluator a caller holds (createTicketEvaluator): the settings read and checked once, and
// the one cache of rule lookups and dates (src/portal/dates-cache.ts) that its tickets share. The
// library keeps no cache of its own between calls: a batch (evaluateTickets, the statistics, the
// CLI's streams) makes one evaluator for itself, a single evaluateTicket call a short-lived one.

/**
 * @internal The checked evaluator of tickets as given (JSON, a record of the CLI), the settings
 * checked once for `fn`: each ticket parsed (a clean one without zod; its issues named as
 * `evaluateTicket` names them) and evaluated with the cache of this evaluator. Its results are
 * not frozen beyond their shared parts, as those of the checked run `evaluateTicketRun`.
 *
 * @example const evaluate = checkedTicketEvaluator({ asOf }, "evaluateTicket"); records.map(evaluate)
 */
export function checkedTicketEvaluator(
  settings: EvaluateTicketSettings,
  fn: string,
): (ticket: unknown) => TicketEvaluation {
  const evaluateOne = parsedTicketEvaluator(settings, fn);
  return (ticket) => evaluateOne(parseTicket(ticket, TICKET_ITEMS.label));
}

/**
 * @internal The checked run of `createTicketEvaluator`: the settings checked once, then an
 * evaluator whose `evaluate` and `evaluateMany` read each input as the entries `evaluateTicket`
 * and `evaluateTickets` read theirs (own data only) and freeze each result.
 */
export function createTicketEvaluatorRun(settings: EvaluateTicketSettings): TicketEvaluator {
  const evaluateOne = parsedTicketEvaluator(settings, "createTicketEvaluator");
  const evaluate = (ticket: TicketInput): TicketEvaluation =>
    freezeTree(evaluateOne(parseTicket(readPlainData(ticket, ["ticket"], TICKET_ITEMS.label), TICKET_ITEMS.label)));
  const evaluateMany = (
    tickets: Iterable<TicketInput>,
    batch?: TicketBatchSettings,
  ): (TicketEvaluation | InvalidTicket)[] => {
    const read = (readSettingsRecord(batch, "evaluateMany") ?? {}) as TicketBatchSettings;
    return freezeTree(ticketBatch(evaluateOne as (ticket: Ticket) => TicketEvaluation, tickets, read, "evaluateMany"));
  };
  return Object.freeze({ evaluate, evaluateMany }) as TicketEvaluator;
}
