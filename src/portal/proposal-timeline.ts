import { addCalendarDays } from "../calendar/add-calendar-days.js";
import type { IsoDate } from "../core/iso-date.js";
import type { Explanation } from "../core/types.js";
import type { TicketContext } from "./context.js";
import type { PortalDateOptions } from "./date-options.js";
import { eventName } from "./event-order.js";
import { extendedProposalDueDate } from "./extended-proposal-due-date.js";
import type { History } from "./history.js";
import { proposalDueDate } from "./proposal-due-date.js";

/** @internal The MCO's proposal clock: when it started, when the proposal is due, whether it is overdue. */
export interface ProposalTimeline {
  readonly mcoReceivedOn: IsoDate;
  readonly initialDue: Explanation;
  /** The extended due date, when an approved extension requested in time counts. */
  readonly extendedDue: Explanation | null;
  /** The due date in force: the extension date when there is one ("whichever is greater"). */
  readonly due: Explanation;
  /** A timely extension request HFS has not decided as of `asOf`. */
  readonly extensionPending: boolean;
  /** The ticket went overdue: no proposal by the due date, and not closed by then. */
  readonly missed: boolean;
  /** Overdue as of `asOf`: missed, and still no proposal. */
  readonly overdue: boolean;
}

/**
 * @internal The day the MCO received the ticket (open point 4, `mcoClockStart`). The
 * presentation date, when the ticket's record holds one, is the day the MCO received the ticket
 * whatever `asOf` is, so that learning it later does not move a deadline already passed.
 */
export function mcoReceivedOn(ctx: TicketContext): { date: IsoDate; label: string } | null {
  const choice = ctx.options.mcoClockStart;
  if (choice === "portal-receipt") return { date: ctx.filedOn, label: "ticket received via the Portal (mcoClockStart: portal-receipt)" };
  for (const e of ctx.events) {
    if (e.type === "presented to MCO" && e.date >= ctx.filedOn) return { date: e.date, label: "ticket presented to the MCO" };
  }
  if (choice === "presentation-only") return null;
  return { date: ctx.filedOn, label: "ticket received via the Portal (no presentation date known)" };
}

function countedExtension(h: History, ctx: TicketContext, initialDue: IsoDate): boolean {
  const approved = h.extensions.find((r) => r.decision?.approved === true);
  if (!approved) return false;
  if (approved.requested.date <= initialDue) return true;
  ctx.findings.push({
    ruleId: "PORTAL-EXTENSION-DUE",
    party: "HFS",
    severity: "warning",
    message: `Extension approved on a request of ${approved.requested.date}, after the proposal due date ${initialDue}: the ticket had already gone overdue; the extension is not counted.`,
    events: [eventName(approved.requested), ...(approved.decision ? [eventName(approved.decision)] : [])],
    date: approved.requested.date,
  });
  return false;
}

/** @internal The date options of the MCO's clock (open point 4 recorded in the explanation). */
export function clockOptions(ctx: TicketContext, startLabel?: string): PortalDateOptions {
  const recordOptions = { mcoClockStart: ctx.options.mcoClockStart };
  return startLabel === undefined ? { ...ctx.dateOptions, recordOptions } : { ...ctx.dateOptions, startLabel, recordOptions };
}

// The options object is built only when an explanation is computed (memo miss).
const initialDueOf = (start: IsoDate, label: string, ctx: TicketContext) => proposalDueDate(start, clockOptions(ctx, label));
const extendedDueOf = (start: IsoDate, label: string, ctx: TicketContext) => extendedProposalDueDate(start, clockOptions(ctx, label));

/** @internal PORTAL-PROPOSAL-DUE, PORTAL-EXTENSION-DUE and PORTAL-OVERDUE for one ticket. */
export function proposalTimeline(h: History, ctx: TicketContext): ProposalTimeline | null {
  const received = mcoReceivedOn(ctx);
  if (received === null || !ctx.inForce("PORTAL-PROPOSAL-DUE")) return null;
  const initialDue = ctx.explain("proposal", received.date, received.label, initialDueOf, ctx);
  const extended = h.extensions.length > 0 && ctx.inForce("PORTAL-EXTENSION-DUE") && countedExtension(h, ctx, initialDue.result);
  const extendedDue = extended ? ctx.explain("extended", received.date, received.label, extendedDueOf, ctx) : null;
  const due = extendedDue ?? initialDue;
  const extensionPending = !extended && h.extensions.some((r) => r.decision === null && r.requested.date <= initialDue.result);
  const proposalOn = h.proposal?.date ?? null;
  const missed =
    ctx.inForce("PORTAL-OVERDUE") &&
    !extensionPending &&
    ctx.asOf > due.result &&
    (proposalOn === null || proposalOn > due.result) &&
    (h.closure === null || h.closure.on > due.result);
  return { mcoReceivedOn: received.date, initialDue, extendedDue, due, extensionPending, missed, overdue: missed && proposalOn === null };
}

/** @internal The first day overdue: the day after the due date. */
export function overdueOn(timeline: ProposalTimeline): IsoDate {
  return addCalendarDays(timeline.due.result, 1);
}
