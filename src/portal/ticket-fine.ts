import type { IsoDate } from "../core/iso-date.js";
import type { Fine } from "../core/types.js";
import type { TicketContext } from "./context.js";
import { eventName } from "./event-order.js";
import type { History } from "./history.js";
import { overdueOn, type ProposalTimeline } from "./proposal-timeline.js";

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
    ctx.findings.push({
      ruleId: "PORTAL-EXTENSION-REQUEST",
      code: "extension-decision-pending",
      party: "HFS",
      severity: "info",
      message:
        `The extension request of ${pending?.requested.date} awaits HFS's decision: the ticket is not counted ` +
        "overdue until HFS decides.",
      events: pending ? [eventName(pending.requested)] : [],
    });
  }
  if (!t?.missed) {
    for (const e of fineEvents)
      ctx.findings.push({
        ruleId: "PORTAL-FINE",
        code: "fine-not-overdue",
        party: "HFS",
        severity: "warning",
        message: `Fine issued ${e.date} on a ticket that did not go overdue.`,
        events: [eventName(e)],
        date: e.date,
      });
    return null;
  }
  const since = overdueOn(t);
  const late = h.proposal ? ` The written proposal came ${h.proposal.date}.` : "";
  ctx.findings.push({
    ruleId: "PORTAL-OVERDUE",
    code: "proposal-overdue",
    party: "MCO",
    severity: "error",
    message: `No written proposal by ${t.due.result}: overdue since ${since}.${late}`,
    events: ["proposal"],
    date: since,
  });
  // The version in force on the first day overdue (open point 9).
  const amountCents = ctx.rulesOn(since).fineCents;
  const first = fineEvents[0];
  if (amountCents === undefined) {
    for (const e of fineEvents)
      ctx.findings.push({
        ruleId: "PORTAL-FINE",
        code: "fine-before-fines-in-force",
        party: "HFS",
        severity: "warning",
        message: `Fine issued ${e.date}, but the ticket went overdue ${since}, before portal fines were in force.`,
        events: [eventName(e)],
        date: e.date,
      });
    return null;
  }
  if (first && first.date < since)
    ctx.findings.push({
      ruleId: "PORTAL-FINE",
      code: "fine-before-overdue",
      party: "HFS",
      severity: "warning",
      message: `Fine issued ${first.date}, before the ticket went overdue on ${since}.`,
      events: [eventName(first)],
      date: first.date,
    });
  for (const e of fineEvents.slice(1))
    ctx.findings.push({
      ruleId: "PORTAL-FINE",
      code: "fine-repeated",
      party: "HFS",
      severity: "warning",
      message: `Second fine issued ${e.date} (the first was ${first?.date}): one fine per overdue ticket.`,
      events: [eventName(e)],
      date: e.date,
    });
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
