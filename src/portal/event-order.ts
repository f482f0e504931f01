import { compareText } from "../core/compare.js";
import type { TicketEvent, TicketEventType } from "./schemas.js";
import { frozen } from "../core/freeze.js";

// Same-day events follow the ticket lifecycle: presentation, information, extension,
// proposal, contest, HFS review, evidence, Administrative Review, decision, fine, closure.
// The rest of the key (id, then content) makes the order total, so that the evaluation never
// depends on the order of the input.
const LIFECYCLE_RANK: Readonly<Record<TicketEventType, number>> = frozen({
  "presented to MCO": 0,
  "information requested": 1,
  "information provided": 2,
  "extension requested": 3,
  "extension decision": 4,
  "proposal submitted": 5,
  "provider contest": 6,
  "HFS review requested": 7,
  "evidence delivered": 8,
  "Administrative Review started": 9,
  "HFS decision": 10,
  "fine issued": 11,
  "ticket closed": 12,
});

/** The content of an event as a string independent of its object's key order. */
function contentKey(event: TicketEvent): string {
  const entries = Object.entries(event).sort(([a], [b]) => compareText(a, b));
  return JSON.stringify(entries, (_key, value) =>
    value !== null && typeof value === "object" && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => compareText(a, b)))
      : value,
  );
}

/**
 * Total order of ticket events: date, then lifecycle stage, then `id`, then content.
 *
 * @internal Not on the public entry: the library's own helper.
 * @example [...ticket.events].sort(compareTicketEvents)
 */
export function compareTicketEvents(a: TicketEvent, b: TicketEvent): number {
  return (
    compareText(a.date, b.date) ||
    LIFECYCLE_RANK[a.type] - LIFECYCLE_RANK[b.type] ||
    compareText(a.id ?? "", b.id ?? "") ||
    compareText(contentKey(a), contentKey(b))
  );
}

/**
 * The events in canonical order (a new array; the input is not changed).
 *
 * @internal Not on the public entry: the library's own helper.
 * @example sortTicketEvents(ticket.events)[0]?.type // "presented to MCO"
 */
export function sortTicketEvents(events: readonly TicketEvent[]): TicketEvent[] {
  return [...events].sort(compareTicketEvents);
}

/**
 * @internal The events in canonical order for reading only: the input itself when it is already
 * in that order (most tickets), else a sorted copy.
 */
export function ticketEventsInOrder(events: readonly TicketEvent[]): readonly TicketEvent[] {
  for (let i = 1; i < events.length; i++) {
    const a = events[i - 1];
    const b = events[i];
    if (a === undefined || b === undefined) break;
    if (a.date > b.date || (a.date === b.date && compareTicketEvents(a, b) > 0)) return sortTicketEvents(events);
  }
  return events;
}

/** How findings name an event: its id, or its type and date. */
export function eventName(event: TicketEvent): string {
  return event.id ?? `${event.type} ${event.date}`;
}
