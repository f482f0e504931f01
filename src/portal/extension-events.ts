import type { Party } from "../core/types.js";
import { type FindingPlace, raiseFinding } from "../findings/kind.js";
import type { TicketContext } from "./context.js";
import { eventName } from "./event-order.js";
import { PORTAL_FINDINGS } from "./finding-codes.js";
import type { TicketEvent } from "./schemas.js";

/** One extension request and HFS's decision on it (null while pending). */
export interface ExtensionRequest {
  readonly requested: Extract<TicketEvent, { type: "extension requested" }>;
  decision: Extract<TicketEvent, { type: "extension decision" }> | null;
}

/** Where a finding of the extension requests stands: its events, dated by the last, about `party`. */
function at(party: Party, ...events: [TicketEvent, ...TicketEvent[]]): FindingPlace<never> {
  return { party, events: events.map(eventName), date: events[events.length - 1]?.date };
}

/**
 * Open point 13: a request after HFS denied one. "Only one (1) extension is possible" counts the
 * extensions HFS approves by default (a denied request gave none: the new request stands, an
 * info finding records it); under `extensionOnceCounts: "requests"` the ticket had its one
 * request, and the new one is an error finding, ignored. True when the request is ignored.
 */
function afterDenial(
  ctx: TicketContext,
  denied: ExtensionRequest,
  e: Extract<TicketEvent, { type: "extension requested" }>,
): boolean {
  const place = at(e.requestedBy, denied.requested, ...(denied.decision ? [denied.decision] : []), e);
  const facts = { requestedBy: e.requestedBy, deniedRequestOn: denied.requested.date };
  const refused = ctx.options.extensionOnceCounts === "requests";
  const code = refused ? "extension-after-denial-refused" : "extension-after-denial";
  ctx.findings.push(raiseFinding(PORTAL_FINDINGS, code, facts, place));
  return refused;
}

/**
 * @internal Applies an extension request or decision (PORTAL-EXTENSION-REQUEST,
 * PORTAL-EXTENSION-ONCE): only one extension per ticket, to either party; a request while
 * another is pending, a request after an approval and a decision with no pending request are
 * findings, and are ignored; a request after a denial follows open point 13.
 */
export function applyExtensionEvent(requests: ExtensionRequest[], ctx: TicketContext, e: TicketEvent): undefined {
  const approved = requests.find((r) => r.decision?.approved === true);
  const pending = requests.find((r) => r.decision === null);
  if (e.type === "extension requested") {
    if (approved) {
      const facts = { requestedBy: e.requestedBy, approvedRequestBy: approved.requested.requestedBy };
      const place = at(e.requestedBy, approved.requested, e);
      ctx.findings.push(raiseFinding(PORTAL_FINDINGS, "extension-after-approval", facts, place));
      return;
    }
    if (pending) {
      const facts = { pendingRequestOn: pending.requested.date };
      const place = at(e.requestedBy, pending.requested, e);
      ctx.findings.push(raiseFinding(PORTAL_FINDINGS, "extension-while-pending", facts, place));
      return;
    }
    const denied = requests.find((r) => r.decision?.approved === false);
    if (denied && afterDenial(ctx, denied, e)) return;
    requests.push({ requested: e, decision: null });
    return;
  }
  if (e.type !== "extension decision") return;
  if (!pending) {
    ctx.findings.push(raiseFinding(PORTAL_FINDINGS, "extension-decision-without-request", {}, at("HFS", e)));
    return;
  }
  pending.decision = e;
}
