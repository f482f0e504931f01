import { addCalendarDays } from "../calendar/add-calendar-days.js";
import { type IsoDate, toDayNumber } from "../core/iso-date.js";
import type { Explanation } from "../core/types.js";
import { raiseFinding } from "../findings/kind.js";
import type { TicketContext } from "./context.js";
import { eventName } from "./event-order.js";
import { PORTAL_FINDINGS } from "./finding-codes.js";
import type { History } from "./history.js";
import type { TicketEvent } from "./schemas.js";

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

const RECEIPT_LABEL = "ticket received via the Portal (no presentation date known)";

/** The first presentation on or after the filing date that counts as of `asOf` (open point 11). */
function presentation(ctx: TicketContext): TicketEvent | undefined {
  const fromRecord = ctx.options.eventsAfterAsOf === "presentation-from-record";
  for (const e of ctx.events) {
    if (e.type === "presented to MCO" && e.date >= ctx.filedOn) return fromRecord || e.date <= ctx.asOf ? e : undefined;
  }
  return undefined;
}

/**
 * Open point 11, default: a presentation dated after the proposal due date counted from the
 * portal receipt came when that deadline had passed (no presentation was known by then); it does
 * not move it. A finding says so. Day 30 is checked first, so that a timely presentation (most
 * tickets) computes nothing.
 */
function presentedAfterDueDate(ctx: TicketContext, presented: TicketEvent): boolean {
  if (ctx.options.eventsAfterAsOf !== "not-known" || ctx.options.mcoClockStart !== "presentation-else-portal-receipt")
    return false;
  // a fast path only; within 30 days of the filing the presentation is never after the due date counted from it
  // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator
  if (toDayNumber(presented.date) - toDayNumber(ctx.filedOn) <= 30) return false;
  const due = ctx.dates.proposal(ctx.filedOn, RECEIPT_LABEL).result;
  if (presented.date <= due) return false;
  const place = { events: [eventName(presented)], date: presented.date };
  const facts = { presentedOn: presented.date, dueDate: due };
  ctx.findings.push(raiseFinding(PORTAL_FINDINGS, "presented-after-due-date", facts, place));
  return true;
}

/**
 * @internal The day the MCO received the ticket (open point 4, `mcoClockStart`): the day the
 * Portal Team presented it, when a presentation is known as of `asOf` (open point 11,
 * `eventsAfterAsOf`), else the portal submission date.
 */
export function mcoReceivedOn(ctx: TicketContext): { date: IsoDate; label: string } | null {
  const choice = ctx.options.mcoClockStart;
  if (choice === "portal-receipt")
    return { date: ctx.filedOn, label: "ticket received via the Portal (mcoClockStart: portal-receipt)" };
  const presented = presentation(ctx);
  if (presented !== undefined) {
    if (!presentedAfterDueDate(ctx, presented)) return { date: presented.date, label: "ticket presented to the MCO" };
    return {
      date: ctx.filedOn,
      label: "ticket received via the Portal (presented to the MCO only after the due date counted from it)",
    };
  }
  if (choice === "presentation-only") return null;
  return { date: ctx.filedOn, label: RECEIPT_LABEL };
}

function countedExtension(h: History, ctx: TicketContext, initialDue: IsoDate): boolean {
  const approved = h.extensions.find((r) => r.decision?.approved === true);
  if (!approved) return false;
  if (approved.requested.date <= initialDue) return true;
  const place = {
    // an approved request always has its decision; TypeScript asks for the other branch
    // Stryker disable next-line ArrayDeclaration
    events: [eventName(approved.requested), ...(approved.decision ? [eventName(approved.decision)] : [])],
    date: approved.requested.date,
  };
  const facts = { requestedOn: approved.requested.date, dueDate: initialDue };
  ctx.findings.push(raiseFinding(PORTAL_FINDINGS, "extension-after-due-date", facts, place));
  return false;
}

/** @internal PORTAL-PROPOSAL-DUE, PORTAL-EXTENSION-DUE and PORTAL-OVERDUE for one ticket. */
export function proposalTimeline(h: History, ctx: TicketContext): ProposalTimeline | null {
  if (!ctx.inForce("PORTAL-PROPOSAL-DUE")) return null;
  const received = mcoReceivedOn(ctx);
  if (received === null) return null;
  const initialDue = ctx.dates.proposal(received.date, received.label);
  // with no extension countedExtension is false; PORTAL-EXTENSION-DUE is in force whenever PORTAL-PROPOSAL-DUE is (same
  // versions, rules.ts)
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator
  const extended =
    h.extensions.length > 0 && ctx.inForce("PORTAL-EXTENSION-DUE") && countedExtension(h, ctx, initialDue.result);
  const extendedDue = extended ? ctx.dates.extendedProposal(received.date, received.label) : null;
  const due = extendedDue ?? initialDue;
  const extensionPending =
    !extended && h.extensions.some((r) => r.decision === null && r.requested.date <= initialDue.result);
  const proposalOn = h.proposal?.date ?? null;
  const missed =
    ctx.inForce("PORTAL-OVERDUE") &&
    !extensionPending &&
    ctx.asOf > due.result &&
    (proposalOn === null || proposalOn > due.result) &&
    (h.closure === null || h.closure.on > due.result);
  return {
    mcoReceivedOn: received.date,
    initialDue,
    extendedDue,
    due,
    extensionPending,
    missed,
    overdue: missed && proposalOn === null,
  };
}

/** @internal The first day overdue: the day after the due date. */
export function overdueOn(timeline: ProposalTimeline): IsoDate {
  return addCalendarDays(timeline.due.result, 1);
}
