import { DatesCache } from "../portal/dates-cache.js";
import { evaluateTicketOf, type ResolvedTicketSettings } from "../portal/evaluate-ticket.js";
import type { RuleId } from "../rules/rule-id.js";
import type { BusinessCalendar } from "../calendar/business-calendar.js";
import { freezeTree } from "../core/freeze.js";
import type { IsoDate } from "../core/iso-date.js";
import type { Deadline, Detail, Explanation, Party } from "../core/types.js";
import type { Ticket, TicketEvent } from "../portal/schemas.js";
import type { TicketStatus } from "../portal/status.js";
import { CONTINUATIONS, type Continuation } from "./continuations.js";

/**
 * A deadline that does not exist as of `asOf` but will, under a condition: the events the
 * condition states (dated), and the day the deadline is evaluated as of once they happened.
 */
export interface ProjectedDeadline {
  readonly ruleId: RuleId;
  readonly name: string;
  readonly party: Party;
  readonly dueDate: IsoDate;
  readonly status: "projected";
  /** The conditions that bring it, in the policy's words, joined: "if …, and if …". */
  readonly condition: string;
  /** The same conditions one by one, in the order they happen. */
  readonly conditions: readonly string[];
  /** The hypothetical events the conditions state, dated (each with a `note` saying so). */
  readonly assumedEvents: readonly TicketEvent[];
  /** The day the deadline is evaluated as of: the day of the last assumed event. */
  readonly evaluatedAsOf: IsoDate;
  readonly explanation: Explanation;
}

/** A ticket's deadlines as of `asOf` and the ones that will follow, each under its condition. */
export interface TicketProjection {
  readonly ticketNumber: string;
  readonly mco: string;
  readonly asOf: IsoDate;
  readonly status: TicketStatus;
  /** The deadlines as of `asOf` (`evaluateTicket`). */
  readonly existing: readonly Deadline[];
  /** The deadlines that follow, in the order they are reached, by due date within one condition. */
  readonly projected: readonly ProjectedDeadline[];
}

/** The settings of `projectTicket`: the call shape of every evaluator. */
export interface ProjectTicketSettings {
  readonly asOf: IsoDate | string;
  readonly calendar?: BusinessCalendar;
  /** The portal's open-point options, passed to `evaluateTicket` unchanged. */
  readonly options?: unknown;
  /** The explanations' record, `lean` (default) or `full`, passed to `evaluateTicket`. */
  /** Rule versions of the caller's (docs/rule-changes.md), as every evaluation takes them. */
  readonly rules?: unknown;
  readonly detail?: Detail;
}

/** Where a continuation stands: the hypothetical ticket, its day, what it assumes, its deadlines. */
interface Branch {
  readonly ticket: Ticket;
  readonly on: IsoDate;
  readonly conditions: readonly string[];
  readonly assumed: readonly TicketEvent[];
  readonly deadlines: readonly Deadline[];
}

type Evaluate = (ticket: Ticket, on: IsoDate) => readonly Deadline[];

const keyOf = (d: { name: string; party: string; dueDate: string }) => `${d.name}\u0000${d.party}\u0000${d.dueDate}`;
const withEvents = (ticket: Ticket, events: readonly TicketEvent[]): Ticket => ({
  ...ticket,
  events: [...ticket.events, ...events],
});

/** The branch a continuation leads to from `branch`, or null when it does not apply. */
function follow(branch: Branch, c: Continuation, evaluate: Evaluate): Branch | null {
  const open = branch.deadlines.find(
    (d) => d.name === c.name && d.party === c.party && d.status === "open" && d.dueDate >= branch.on,
  );
  if (open === undefined) return null;
  const step = c.step(open, (events, on) => evaluate(withEvents(branch.ticket, events), on), branch.on);
  if (step === null) return null;
  const ticket = withEvents(branch.ticket, step.events);
  return {
    ticket,
    on: step.on,
    conditions: [...branch.conditions, c.condition],
    assumed: [...branch.assumed, ...step.events],
    deadlines: evaluate(ticket, step.on),
  };
}

/** The deadlines `next` has that `branch` has not (by name, party and due date), still open. */
function newDeadlines(branch: Branch, next: Branch): ProjectedDeadline[] {
  const known = new Set(branch.deadlines.map(keyOf));
  return next.deadlines
    .filter((d) => d.status === "open" && !known.has(keyOf(d)))
    .map((d) => ({
      ruleId: d.ruleId,
      name: d.name,
      party: d.party,
      dueDate: d.dueDate,
      status: "projected" as const,
      condition: next.conditions.join(", and "),
      conditions: next.conditions,
      assumedEvents: next.assumed,
      evaluatedAsOf: next.on,
      explanation: d.explanation,
    }));
}

/** Every continuation from `branch`, depth first, in the order of the table. */
function explore(branch: Branch, evaluate: Evaluate, out: ProjectedDeadline[]): undefined {
  for (const c of CONTINUATIONS) {
    const next = follow(branch, c, evaluate);
    if (next === null) continue;
    out.push(...newDeadlines(branch, next));
    explore(next, evaluate, out);
    if (c.first) return;
  }
}

/**
 * A parsed ticket's whole future as of `settings.asOf`: the deadlines that exist and the ones
 * that will follow, each under the condition that brings it (the continuations' table). Each
 * projected deadline is what the portal's evaluator gives, as of `evaluatedAsOf`, for the ticket
 * with its events known as of `asOf` and the assumed events: nothing is recomputed here. The
 * policy of `projectTicket` (the ticket parsed and the settings read at the boundary:
 * src/api/operations/impact.ts). Its evaluations share `cache` (by default one of its own).
 *
 * @example projectTicketOf(ticket, { asOf, options }).projected.map((d) => `${d.name} ${d.dueDate} ${d.condition}`)
 */
export function projectTicketOf(
  ticket: Ticket,
  settings: ResolvedTicketSettings,
  cache: DatesCache = new DatesCache(settings.options),
): TicketProjection {
  const { asOf, options } = settings;
  // One cache for every evaluation of the projection (the dates depend on the options, not on asOf).
  const evaluation = evaluateTicketOf(ticket, settings, cache);
  // What is known as of asOf goes on: an event of the record dated later is not known yet (open
  // point 11) and would otherwise meet a projected deadline with hindsight.
  const known: Ticket = { ...ticket, events: ticket.events.filter((e) => e.date <= asOf) };
  const evaluate: Evaluate = (t, on) => evaluateTicketOf(t, { asOf: on, options }, cache).deadlines;
  const projected: ProjectedDeadline[] = [];
  explore(
    { ticket: known, on: asOf, conditions: [], assumed: [], deadlines: evaluation.deadlines },
    evaluate,
    projected,
  );
  return freezeTree({
    ticketNumber: evaluation.ticketNumber,
    mco: evaluation.mco,
    asOf,
    status: evaluation.status,
    existing: evaluation.deadlines,
    projected,
  });
}
