import type { IsoDate } from "../core/iso-date.js";
import type { Deadline } from "../core/types.js";
import type { TicketEvent } from "../portal/schemas.js";
import { frozen } from "../core/freeze.js";

/**
 * What happens next in a hypothetical continuation: the events, dated, and the day they happen
 * (the projection is evaluated as of that day).
 */
export interface Step {
  readonly on: IsoDate;
  readonly events: readonly TicketEvent[];
}

/**
 * One way a ticket can go on from an open deadline, in the policy's words: when the deadline
 * `name` of `party` is open, the events `step` returns bring the deadlines that follow.
 * `step` gets the open deadline, a probe (the ticket's deadlines as of a day with some events
 * added: a date is always read from the evaluator, never recomputed here) and the day the
 * continuation starts from.
 */
export interface Continuation {
  readonly name: string;
  readonly party: Deadline["party"];
  readonly condition: string;
  /**
   * The continuation the others wait for: while the ticket is not presented to the MCO, the
   * MCO's deadlines are counted from the portal receipt only for want of a presentation (open
   * point 4), so the projection follows the presentation first.
   */
  readonly first?: boolean;
  readonly step: (open: Deadline, probe: Probe, today: IsoDate) => Step | null;
}

/** The deadlines of the hypothetical ticket with `events` added, as of `on`. */
export type Probe = (events: readonly TicketEvent[], on: IsoDate) => readonly Deadline[];

// A hypothetical event is marked as such: it is an assumption of the projection, not a fact.
const NOTE = "projected: assumed by projectTicket";

const proposalOn = (date: IsoDate): TicketEvent => ({
  type: "proposal submitted",
  date,
  note: NOTE,
  plan: "(projected proposal)",
  resolutionPeriod: null,
  contact: { name: null, phone: null, email: null },
  checkboxes: { upheld: true, overturned: false },
});

const on =
  (type: "presented to MCO" | "provider contest" | "HFS review requested") =>
  (open: Deadline): Step => ({
    on: open.dueDate,
    events: [{ type, date: open.dueDate, note: NOTE }],
  });

/**
 * The one extension (PORTAL-EXTENSION-REQUEST, PORTAL-EXTENSION-DUE): its last allowed day is
 * read from the evaluator (the MCO's request limit, probed with a request dated today), then
 * the request and HFS's approval are placed on that day.
 */
function extensionOnLastAllowedDay(open: Deadline, probe: Probe, today: IsoDate): Step | null {
  const probeRequest: TicketEvent = { type: "extension requested", date: today, requestedBy: "MCO", note: NOTE };
  const limit = probe([probeRequest], today).find((d) => d.name === "extension request limit" && d.party === "MCO");
  if (limit === undefined || limit.dueDate < today || limit.dueDate > open.dueDate) return null;
  return {
    on: limit.dueDate,
    events: [
      { type: "extension requested", date: limit.dueDate, requestedBy: "MCO", note: NOTE },
      { type: "extension decision", date: limit.dueDate, approved: true, note: NOTE },
    ],
  };
}

/**
 * @internal The continuations of a ticket, in lifecycle order (a declarative table: each row is
 * one condition of the policy, in its words).
 */
export const CONTINUATIONS: readonly Continuation[] = frozen([
  {
    name: "present to MCO",
    party: "HFS Portal Team",
    condition: "if the Portal Team presents the ticket to the MCO on its due date",
    first: true,
    step: on("presented to MCO"),
  },
  {
    name: "proposal",
    party: "MCO",
    condition: "if the proposal is submitted on its due date",
    step: (d) => ({ on: d.dueDate, events: [proposalOn(d.dueDate)] }),
  },
  {
    name: "proposal",
    party: "MCO",
    condition: "if HFS approves an extension requested on the last allowed day",
    step: extensionOnLastAllowedDay,
  },
  {
    name: "extended proposal",
    party: "MCO",
    condition: "if the extended proposal is submitted on its due date",
    step: (d) => ({ on: d.dueDate, events: [proposalOn(d.dueDate)] }),
  },
  {
    name: "contest",
    party: "provider",
    condition: "if the provider contests on the last day",
    step: on("provider contest"),
  },
  {
    name: "HFS review request",
    party: "provider",
    condition: "if the provider requests HFS review on the last day",
    step: on("HFS review requested"),
  },
]);
