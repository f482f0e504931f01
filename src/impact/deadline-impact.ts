import type { TicketInput } from "../portal/schemas.js";
import type { PortalOptions } from "../portal/options.js";
import type { BusinessCalendar } from "../calendar/business-calendar.js";
import { calendarArgument } from "../calendar/calendar-argument.js";
import { dateArgument, iterableArgument, settingsArgument } from "../core/arguments.js";
import { runBatch } from "../core/batch.js";
import type { IsoDate } from "../core/iso-date.js";
import { evaluateTicketRun as evaluateTicket, TICKET_ITEMS } from "../api/operations/portal-runs.js";
import type { TicketEvaluation } from "../portal/evaluate-ticket.js";
import type { TicketStatus } from "../portal/status.js";
import { type DeadlineChange, deadlineChanges } from "./deadline-changes.js";

/** A ticket deadline that moves (or changes status) when the calendar changes. */
export interface TicketDeadlineChange extends DeadlineChange {
  readonly ticketNumber: string;
  readonly mco: string;
  /** The ticket's status under each calendar (they differ when, e.g., a closure moves). */
  readonly ticketStatus: { readonly before: TicketStatus; readonly after: TicketStatus };
}

/** The settings of {@link deadlineImpact}: one `asOf`, the two calendars, the portal options. */
export interface DeadlineImpactSettings {
  readonly asOf: IsoDate | string;
  /** The calendar in force so far (e.g. `illinoisStateCalendar()`). */
  readonly before: BusinessCalendar;
  /** The calendar after the change (e.g. `createCalendar({ base: before, add: [...] })`). */
  readonly after: BusinessCalendar;
  /** The portal's open-point options, passed to `evaluateTicket` unchanged under both calendars. */
  readonly options?: unknown;
}

function ticketChanges(before: TicketEvaluation, after: TicketEvaluation): TicketDeadlineChange[] {
  const ticketStatus = Object.freeze({ before: before.status, after: after.status });
  return deadlineChanges(before.deadlines, after.deadlines).map((change) =>
    Object.freeze({ ticketNumber: after.ticketNumber, mco: after.mco, ...change, ticketStatus }),
  );
}

/**
 * Which ticket deadlines a calendar change moves: each ticket is evaluated as of `asOf` under
 * the `before` and the `after` calendar (`evaluateTicket`, same options), and every deadline
 * whose due date or status differs is listed with both due dates and statuses, in ticket order.
 * A ticket no deadline of which moves gives nothing. A bad ticket is a RuleInputError naming
 * it (ticket number and 0-based index); a bad setting, one naming the setting.
 *
 * @example
 * const closure = { date: "2024-07-05", name: "Office closure" };
 * const after = createCalendar({ base: illinoisStateCalendar(), add: [closure] });
 * deadlineImpact(tickets, { asOf: "2024-07-10", before: illinoisStateCalendar(), after })
 * // [{ ticketNumber: "PRP-2024-0614", name: "proposal", before: { dueDate: "2024-07-05", … }, after: { dueDate: "2024-07-08", … }, daysMoved: 3, … }]
 */
export function deadlineImpact(tickets: Iterable<unknown>, settings: DeadlineImpactSettings): TicketDeadlineChange[] {
  const fn = "deadlineImpact";
  settingsArgument(settings, fn);
  const asOf = dateArgument(settings.asOf, fn, "settings.asOf");
  const before = calendarArgument(settings.before, fn, "settings.before");
  const after = calendarArgument(settings.after, fn, "settings.after");
  iterableArgument(tickets, fn, "tickets");
  const options = settings.options;
  const per = runBatch(tickets, "throw", TICKET_ITEMS, (ticket) =>
    ticketChanges(
      evaluateTicket(ticket as TicketInput, { asOf, calendar: before, options: options as PortalOptions }),
      evaluateTicket(ticket as TicketInput, { asOf, calendar: after, options: options as PortalOptions }),
    ),
  );
  return (per as TicketDeadlineChange[][]).flat();
}
