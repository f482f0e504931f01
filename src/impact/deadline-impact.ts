import type { BusinessCalendar } from "../calendar/business-calendar.js";
import type { IsoDate } from "../core/iso-date.js";
import { DatesCache } from "../portal/dates-cache.js";
import { evaluateTicketOf, type ResolvedTicketSettings, type TicketEvaluation } from "../portal/evaluate-ticket.js";
import type { Ticket } from "../portal/schemas.js";
import type { TicketStatus } from "../portal/status.js";
import { type DeadlineChange, deadlineChanges } from "./deadline-changes.js";

/** A ticket deadline that moves (or changes status) when the calendar changes. */
export interface TicketDeadlineChange extends DeadlineChange {
  readonly ticketNumber: string;
  readonly mco: string;
  /** The ticket's status under each calendar (they differ when, e.g., a closure moves). */
  readonly ticketStatus: { readonly before: TicketStatus; readonly after: TicketStatus };
}

/** The settings of `deadlineImpact`: one `asOf`, the two calendars, the portal options. */
export interface DeadlineImpactSettings {
  readonly asOf: IsoDate | string;
  /** The calendar in force so far (e.g. `illinoisStateCalendar()`). */
  readonly before: BusinessCalendar;
  /** The calendar after the change (e.g. `createCalendar({ base: before, add: [...] })`). */
  readonly after: BusinessCalendar;
  /** The portal's open-point options, passed to `evaluateTicket` unchanged under both calendars. */
  /** Rule versions of the caller's (docs/rule-changes.md), as every evaluation takes them. */
  readonly rules?: unknown;
  readonly options?: unknown;
}

/** The settings of {@link ticketDeadlineChanges}: one ticket's evaluation settings under each calendar, resolved. */
export interface ResolvedImpactSettings {
  readonly before: ResolvedTicketSettings;
  readonly after: ResolvedTicketSettings;
}

function ticketChanges(before: TicketEvaluation, after: TicketEvaluation): TicketDeadlineChange[] {
  const ticketStatus = Object.freeze({ before: before.status, after: after.status });
  return deadlineChanges(before.deadlines, after.deadlines).map((change) =>
    Object.freeze({ ticketNumber: after.ticketNumber, mco: after.mco, ...change, ticketStatus }),
  );
}

/**
 * The deadlines of one parsed ticket that a calendar change moves (CAL-STATE-HOLIDAYS): the
 * ticket evaluated under the `before` and the `after` settings (the same `asOf` and options, one
 * calendar each), and every deadline whose due date or status differs, with both due dates and
 * statuses. The policy of `deadlineImpact` (the tickets parsed and the settings read at the
 * boundary: src/api/operations/impact.ts); a batch hands each ticket the same `caches`.
 *
 * @example ticketDeadlineChanges(ticket, { before, after }).map((c) => `${c.name} ${c.daysMoved}`)
 */
export function ticketDeadlineChanges(
  ticket: Ticket,
  settings: ResolvedImpactSettings,
  caches: ImpactCaches = impactCaches(settings),
): TicketDeadlineChange[] {
  return ticketChanges(
    evaluateTicketOf(ticket, settings.before, caches.before),
    evaluateTicketOf(ticket, settings.after, caches.after),
  );
}

/** The caches of the evaluations under each calendar: one pair for a whole batch, whose tickets share it. */
export interface ImpactCaches {
  readonly before: DatesCache;
  readonly after: DatesCache;
}

/**
 * A pair of caches of its own for a batch of {@link ticketDeadlineChanges} (one pair for a single ticket by default).
 *
 * @example const caches = impactCaches(settings); tickets.flatMap((t) => ticketDeadlineChanges(t, settings, caches))
 */
export function impactCaches(settings: ResolvedImpactSettings): ImpactCaches {
  return { before: new DatesCache(settings.before.options), after: new DatesCache(settings.after.options) };
}
