// PORTAL-PROPOSAL-CONTENT: "the detailed plan for resolution ... the name of a direct contact at
// the MCO, including a good phone number and email address" and one of the Upheld / Overturned
// checkboxes. Each lack is its own finding, with its code; a resolution period is only "as
// applicable", so its absence is none.
import { describe, expect, it } from "vitest";
import type { IsoDate } from "../../src/index.js";
import { proposalFindingsRun as proposalFindings } from "../../src/api/operations/portal-runs.js";
import type { ProposalEvent } from "../../src/portal/schemas.js";

const complete: ProposalEvent = {
  type: "proposal submitted",
  date: "2024-07-01" as IsoDate,
  plan: "Reprocess the claims at the contracted rate",
  resolutionPeriod: null,
  contact: { name: "A. Smith", phone: "312-555-0100", email: "a.smith@acme.example" },
  checkboxes: { upheld: false, overturned: true },
} as ProposalEvent;
const withContact = (contact: Partial<ProposalEvent["contact"]>) =>
  ({ ...complete, contact: { ...complete.contact, ...contact } }) as ProposalEvent;
const found = (p: ProposalEvent) => proposalFindings(p).map((f) => `${f.code}: ${f.message}`);

describe("PORTAL-PROPOSAL-CONTENT", () => {
  it("a complete proposal, without a resolution period, raises nothing", () => {
    expect(proposalFindings(complete)).toEqual([]);
  });

  it("a blank plan, a blank contact field, both or neither checkbox: each its own finding, the MCO's error, naming the proposal", () => {
    const all = proposalFindings({
      ...complete,
      id: "P1",
      plan: "  ",
      contact: { name: "", phone: null, email: " " },
      checkboxes: { upheld: true, overturned: true },
    } as ProposalEvent);
    expect(all).toEqual([
      {
        ruleId: "PORTAL-PROPOSAL-CONTENT",
        code: "proposal-without-plan",
        party: "MCO",
        severity: "error",
        message: "The proposal has no resolution plan.",
        events: ["P1"],
        date: "2024-07-01",
      },
      {
        ruleId: "PORTAL-PROPOSAL-CONTENT",
        code: "proposal-contact-incomplete",
        party: "MCO",
        severity: "error",
        message: "The proposal's MCO contact has no name, phone, email.",
        missingFields: ["name", "phone", "email"],
        events: ["P1"],
        date: "2024-07-01",
      },
      {
        ruleId: "PORTAL-PROPOSAL-CONTENT",
        code: "proposal-checkboxes",
        party: "MCO",
        severity: "error",
        message: "The proposal checks both Upheld and Overturned.",
        checked: "both",
        events: ["P1"],
        date: "2024-07-01",
      },
    ]);
    expect(() => found({ ...complete, plan: null } as unknown as ProposalEvent)).toThrow(
      /^proposalFindings: proposal: plan: expected text, got null/,
    );
    expect(found(withContact({ name: " " }))).toEqual([
      "proposal-contact-incomplete: The proposal's MCO contact has no name.",
    ]);
    expect(found({ ...complete, checkboxes: { upheld: false, overturned: false } })).toEqual([
      "proposal-checkboxes: The proposal checks neither Upheld nor Overturned.",
    ]);
    expect(found({ ...complete, checkboxes: { upheld: true, overturned: false } })).toEqual([]);
  });

  it("an e-mail must be one address: something@domain.tld, no spaces, one @", () => {
    for (const email of ["a@b.co", "a.smith@acme.example", "x+y@mail.acme.example"])
      expect(found(withContact({ email }))).toEqual([]);
    for (const email of [
      "a.smith",
      "a@b",
      "@acme.example",
      "a@.example",
      "a@acme.",
      "a smith@acme.example",
      "a@acme.example x",
      "x a@acme.example",
      "a@@acme.example",
      "a@b@acme.example",
    ]) {
      expect(found(withContact({ email }))).toEqual([
        `proposal-contact-email-invalid: The MCO contact e-mail ${JSON.stringify(email)} is not an e-mail address.`,
      ]);
    }
  });
});
