import { raiseFinding } from "../findings/kind.js";
import type { TicketContext } from "./context.js";
import { PORTAL_FINDINGS } from "./finding-codes.js";

/**
 * @internal An impossible internal-dispute history (PORTAL-INTERNAL-FIRST): the MCO's internal
 * resolution dated before the dispute was submitted to the MCO. One of the two dates is wrong;
 * both stand as given (the submission window reads them as they are).
 */
export function resolutionFindings(ctx: TicketContext): undefined {
  const dispute = ctx.ticket.internalDispute;
  const resolution = dispute.resolution;
  if (!resolution || resolution.date >= dispute.submittedToMcoOn || !ctx.inForce("PORTAL-INTERNAL-FIRST")) return;
  const facts = { resolvedOn: resolution.date, submittedToMcoOn: dispute.submittedToMcoOn };
  const place = { events: ["internal dispute"], date: resolution.date };
  ctx.findings.push(raiseFinding(PORTAL_FINDINGS, "resolution-before-dispute", facts, place));
}
