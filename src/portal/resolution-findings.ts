import type { TicketContext } from "./context.js";

/**
 * @internal An impossible internal-dispute history (PORTAL-INTERNAL-FIRST): the MCO's internal
 * resolution dated before the dispute was submitted to the MCO. One of the two dates is wrong;
 * both stand as given (the submission window reads them as they are).
 */
export function resolutionFindings(ctx: TicketContext): undefined {
  const dispute = ctx.ticket.internalDispute;
  const resolution = dispute.resolution;
  if (!resolution || resolution.date >= dispute.submittedToMcoOn || !ctx.inForce("PORTAL-INTERNAL-FIRST")) return;
  ctx.findings.push({
    ruleId: "PORTAL-INTERNAL-FIRST",
    code: "resolution-before-dispute",
    party: "MCO",
    severity: "warning",
    message:
      `Internal resolution dated ${resolution.date}, before the dispute was submitted to the MCO ` +
      `(${dispute.submittedToMcoOn}): a dispute cannot be resolved before it is filed; one of the two dates is ` +
      "wrong.",
    events: ["internal dispute"],
    date: resolution.date,
  });
}
