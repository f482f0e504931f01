// Every finding the portal gives has a code listed in PORTAL_FINDING_CODES, with the same rule
// and severity: a program tells findings apart by (ruleId, code), never by parsing the message.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateParsedTicket, type Finding } from "../../src/internal.js";
import { PORTAL_FINDING_CODES } from "../../src/portal/finding-codes.js";
import { dayBetween, portalOptionsArb, richTicketArb } from "./arbitraries.js";

const listed = new Map(PORTAL_FINDING_CODES.map((c) => [`${c.ruleId} ${c.code}`, c]));

function expectListed(f: Finding): void {
  expect(f.code, f.message).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  const entry = listed.get(`${f.ruleId} ${f.code}`);
  expect(entry, `${f.ruleId} ${f.code}`).toBeDefined();
  expect(f.severity, `${f.ruleId} ${f.code}`).toBe(entry?.severity);
}

describe("portal finding codes", () => {
  it("list each (ruleId, code) once, in kebab case, with a summary", () => {
    expect(listed.size).toBe(PORTAL_FINDING_CODES.length);
    for (const c of PORTAL_FINDING_CODES) {
      expect(c.code).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(c.ruleId).toMatch(/^PORTAL-/);
      expect(c.summary.length).toBeGreaterThan(10);
    }
  });
  it("every finding over random tickets, dates and options has a listed code, rule and severity (property)", () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(richTicketArb, dayBetween("2019-06-01", "2026-06-30"), portalOptionsArb, (ticket, asOf, options) => {
        for (const f of evaluateParsedTicket(ticket, { asOf, options }).findings) {
          expectListed(f);
          seen.add(`${f.ruleId} ${f.code}`);
        }
      }),
      { numRuns: 3000 },
    );
    // The property reaches most kinds: a generator that produced no findings would prove nothing.
    expect(seen.size).toBeGreaterThan(PORTAL_FINDING_CODES.length / 3);
  });
});
