import { raiseFinding } from "../findings/kind.js";
import { eventName } from "./event-order.js";
import { PORTAL_FINDINGS, type PortalFinding } from "./finding-codes.js";
import type { ProposalEvent } from "./schemas.js";

const blank = (value: string | null) => value === null || value.trim() === "";

/**
 * What a written proposal lacks under PORTAL-PROPOSAL-CONTENT: a detailed plan, an MCO contact
 * (name, phone, e-mail) and exactly one of the **Upheld** / **Overturned** checkboxes. The
 * resolution period is required only "as applicable", so its absence is not reported.
 * The policy of `proposalFindings` (a proposal checked at the boundary:
 * src/api/operations/portal-runs.ts) and of the ticket evaluator.
 *
 * @example proposalFindingsOf(proposal).map((f) => f.message)
 * // ["The proposal checks neither Upheld nor Overturned."]
 */
export function proposalFindingsOf(proposal: ProposalEvent): PortalFinding[] {
  const out: PortalFinding[] = [];
  const at = { events: [eventName(proposal)], date: proposal.date };
  if (blank(proposal.plan)) out.push(raiseFinding(PORTAL_FINDINGS, "proposal-without-plan", {}, at));
  const missing = (["name", "phone", "email"] as const).filter((field) => blank(proposal.contact[field]));
  if (missing.length > 0)
    out.push(raiseFinding(PORTAL_FINDINGS, "proposal-contact-incomplete", { missingFields: missing }, at));
  const email = proposal.contact.email;
  if (email !== null && !blank(email) && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email))
    out.push(raiseFinding(PORTAL_FINDINGS, "proposal-contact-email-invalid", { email }, at));
  const { upheld, overturned } = proposal.checkboxes;
  if (upheld === overturned)
    out.push(raiseFinding(PORTAL_FINDINGS, "proposal-checkboxes", { checked: upheld ? "both" : "neither" }, at));
  return out;
}
