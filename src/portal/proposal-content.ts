import { cutText } from "../core/describe-value.js";
import type { Finding } from "../core/types.js";
import { eventName } from "./event-order.js";
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
export function proposalFindingsOf(proposal: ProposalEvent): Finding[] {
  const problems: [code: string, message: string][] = [];
  if (blank(proposal.plan)) problems.push(["proposal-without-plan", "The proposal has no resolution plan."]);
  const missing = (["name", "phone", "email"] as const).filter((field) => blank(proposal.contact[field]));
  if (missing.length > 0)
    problems.push(["proposal-contact-incomplete", `The proposal's MCO contact has no ${missing.join(", ")}.`]);
  const email = proposal.contact.email;
  if (!blank(email) && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email ?? ""))
    problems.push([
      "proposal-contact-email-invalid",
      `The MCO contact e-mail ${JSON.stringify(cutText(email ?? ""))} is not an e-mail address.`,
    ]);
  const { upheld, overturned } = proposal.checkboxes;
  if (upheld === overturned)
    problems.push([
      "proposal-checkboxes",
      upheld ? "The proposal checks both Upheld and Overturned." : "The proposal checks neither Upheld nor Overturned.",
    ]);
  return problems.map(([code, message]) => ({
    ruleId: "PORTAL-PROPOSAL-CONTENT",
    code,
    party: "MCO",
    severity: "error",
    message,
    events: [eventName(proposal)],
    date: proposal.date,
  }));
}
