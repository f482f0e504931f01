import type { RuleId } from "../rules/rule-id.js";
import type { Finding } from "../core/types.js";
import type { TicketContext } from "./context.js";
import { eventName } from "./event-order.js";
import type { TicketEvent } from "./schemas.js";

/** One extension request and HFS's decision on it (null while pending). */
export interface ExtensionRequest {
  readonly requested: Extract<TicketEvent, { type: "extension requested" }>;
  decision: Extract<TicketEvent, { type: "extension decision" }> | null;
}

function push(
  ctx: TicketContext,
  ruleId: RuleId,
  code: string,
  party: Finding["party"],
  severity: Finding["severity"],
  message: string,
  events: readonly TicketEvent[],
): undefined {
  ctx.findings.push({
    ruleId,
    code,
    party,
    severity,
    message,
    events: events.map(eventName),
    date: events[events.length - 1]?.date ?? ctx.filedOn,
  });
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
  const events = [denied.requested, ...(denied.decision ? [denied.decision] : []), e];
  if (ctx.options.extensionOnceCounts === "requests") {
    push(
      ctx,
      "PORTAL-EXTENSION-ONCE",
      "extension-after-denial-refused",
      e.requestedBy,
      "error",
      `Extension requested again by the ${e.requestedBy} after HFS denied the request of ${denied.requested.date}: ` +
        `"Only one (1) extension is possible", read as one request per ticket (extensionOnceCounts: requests); ` +
        "ignored.",
      events,
    );
    return true;
  }
  push(
    ctx,
    "PORTAL-EXTENSION-ONCE",
    "extension-after-denial",
    e.requestedBy,
    "info",
    `Extension requested again by the ${e.requestedBy} after HFS denied the request of ${denied.requested.date}: ` +
      `allowed, "Only one (1) extension is possible" counts the extensions HFS approves and none was ` +
      "(extensionOnceCounts: approved-extensions).",
    events,
  );
  return false;
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
      return push(
        ctx,
        "PORTAL-EXTENSION-ONCE",
        "extension-after-approval",
        e.requestedBy,
        "error",
        `Second extension requested by the ${e.requestedBy}; an extension (requested by the ` +
          `${approved.requested.requestedBy}) was already approved: only one extension per ticket, ignored.`,
        [approved.requested, e],
      );
    }
    if (pending) {
      return push(
        ctx,
        "PORTAL-EXTENSION-ONCE",
        "extension-while-pending",
        e.requestedBy,
        "warning",
        `Extension requested again while the request of ${pending.requested.date} is pending: ignored.`,
        [pending.requested, e],
      );
    }
    const denied = requests.find((r) => r.decision?.approved === false);
    if (denied && afterDenial(ctx, denied, e)) return;
    requests.push({ requested: e, decision: null });
    return;
  }
  if (e.type !== "extension decision") return;
  if (!pending) {
    return push(
      ctx,
      "PORTAL-EXTENSION-REQUEST",
      "extension-decision-without-request",
      "HFS",
      "error",
      "HFS extension decision with no pending extension request: ignored.",
      [e],
    );
  }
  pending.decision = e;
}
