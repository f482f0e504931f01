import type { IsoDate } from "../core/iso-date.js";
import type { Fine } from "../core/types.js";
import { raiseFinding } from "../findings/kind.js";
import type { TicketContext } from "./context.js";
import { eventName } from "./event-order.js";
import { PORTAL_FINDINGS } from "./finding-codes.js";
import type { History } from "./history.js";
import { overdueOn, type ProposalTimeline } from "./proposal-timeline.js";
import type { TicketEvent } from "./schemas.js";

/** Where a finding about a fine stands: the fine's event, on its date. */
const at = (e: TicketEvent) => ({ events: [eventName(e)], date: e.date });

/**
 * @internal PORTAL-OVERDUE findings and the PORTAL-FINE the ticket exposes the MCO to: $5,000
 * per ticket, once, when the ticket went overdue on or after the day fines came into force
 * (the fine's version is the one in force on the first day overdue; open point 9).
 */
export function overdueAndFine(h: History, ctx: TicketContext, t: ProposalTimeline | null): Fine | null {
  const fineEvents = h.fines;
  if (t?.extensionPending && ctx.asOf > t.initialDue.result) {
    const pending = h.extensions.find((r) => r.decision === null);
    // a pending extension always has its request; TypeScript asks for the other branch
    // Stryker disable next-line ArrayDeclaration
    const events = pending ? [eventName(pending.requested)] : [];
    const facts = { requestedOn: pending?.requested.date ?? null };
    ctx.findings.push(raiseFinding(PORTAL_FINDINGS, "extension-decision-pending", facts, { events }));
  }
  if (!t?.missed) {
    for (const e of fineEvents)
      ctx.findings.push(raiseFinding(PORTAL_FINDINGS, "fine-not-overdue", { issuedOn: e.date }, at(e)));
    return null;
  }
  const since = overdueOn(t);
  const overdue = { dueDate: t.due.result, overdueOn: since, proposalOn: h.proposal?.date ?? null };
  ctx.findings.push(raiseFinding(PORTAL_FINDINGS, "proposal-overdue", overdue, { events: ["proposal"], date: since }));
  // The version in force on the first day overdue (open point 9).
  const amountCents = ctx.rulesOn(since).fineCents;
  const [first, ...repeated] = fineEvents;
  if (amountCents === undefined) {
    for (const e of fineEvents) {
      const facts = { issuedOn: e.date, overdueOn: since };
      ctx.findings.push(raiseFinding(PORTAL_FINDINGS, "fine-before-fines-in-force", facts, at(e)));
    }
    return null;
  }
  if (first && first.date < since) {
    const facts = { issuedOn: first.date, overdueOn: since };
    ctx.findings.push(raiseFinding(PORTAL_FINDINGS, "fine-before-overdue", facts, at(first)));
  }
  // a second fine always follows a first (repeated is empty with no first)
  // Stryker disable next-line ConditionalExpression
  if (first)
    for (const e of repeated) {
      const facts = { issuedOn: e.date, firstIssuedOn: first.date };
      ctx.findings.push(raiseFinding(PORTAL_FINDINGS, "fine-repeated", facts, at(e)));
    }
  const issuedOn: IsoDate | null = first?.date ?? null;
  return {
    ticketNumber: ctx.ticket.ticketNumber,
    mco: ctx.ticket.mco,
    dueDate: t.due.result,
    overdueOn: since,
    issuedOn,
    amountCents,
  };
}
