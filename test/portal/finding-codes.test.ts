// Every finding the portal gives has a code listed in PORTAL_FINDING_CODES, with the same rule
// and severity: a program tells findings apart by (ruleId, code), never by parsing the message.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { IsoDate } from "../../src/core/iso-date.js";
import { evaluateParsedTicket, type Finding } from "../../src/internal.js";
import { raiseFinding } from "../../src/findings/kind.js";
import { findingSchemaOf } from "../../src/findings/schema.js";
import { CLOSURE_RULES } from "../../src/portal/closure.js";
import {
  closureCode,
  PORTAL_FINDING_CODES,
  PORTAL_FINDINGS,
  type PortalFinding,
} from "../../src/portal/finding-codes.js";
import { PORTAL_RULES } from "../../src/portal/rules.js";
import { ClosureReasonSchema, INTAKE_CLOSURE_REASONS } from "../../src/portal/schemas.js";
import { dayBetween, portalOptionsArb, richTicketArb } from "./arbitraries.js";

const schema = findingSchemaOf(PORTAL_FINDINGS);

// A finding is its kind's: it parses with the kinds' schema (strict: exactly the declared facts,
// the kind's rules, severity and party) and its message is the one its kind writes from its facts.
function expectOfItsKind(f: PortalFinding): void {
  const parsed = schema.safeParse(f);
  expect(parsed.success, `${f.code}: ${parsed.error?.message}`).toBe(true);
  const kind = PORTAL_FINDINGS[f.code];
  // biome-ignore lint/suspicious/noExplicitAny: the kind of a finding's code reads that finding's facts
  expect(f.message).toBe(kind.message(f as any));
}

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
          expectOfItsKind(f);
          seen.add(`${f.ruleId} ${f.code}`);
        }
      }),
      { numRuns: 3000 },
    );
    // The property reaches most kinds: a generator that produced no findings would prove nothing.
    expect(seen.size).toBeGreaterThan(PORTAL_FINDING_CODES.length / 3);
  });
  it("closureCode names the closed-<reason> kinds: every intake reason has its own, under its closure rule", () => {
    for (const reason of ClosureReasonSchema.options)
      expect(closureCode(reason)).toBe(`closed-${reason.toLowerCase().replaceAll(" ", "-")}`);
    for (const reason of INTAKE_CLOSURE_REASONS) {
      const kind = PORTAL_FINDINGS[closureCode(reason)];
      expect(kind.rules).toEqual([CLOSURE_RULES[reason]]);
      expect(kind.summary).toBe(`Closed at intake: ${reason}.`);
    }
  });
  it("outside-modelled-policy is listed under every PORTAL-* rule, closed-again under every closure rule", () => {
    expect(PORTAL_FINDINGS["outside-modelled-policy"].rules).toEqual(PORTAL_RULES.map((r) => r.id));
    expect(PORTAL_FINDINGS["closed-again"].rules).toEqual([...new Set(Object.values(CLOSURE_RULES))]);
  });
  it("a raise with an unlisted code, or without a fact its kind declares, does not compile", () => {
    const place = { events: ["portal submission"] };
    expect(() => {
      // @ts-expect-error: no kind has this code
      raiseFinding(PORTAL_FINDINGS, "no-such-code", {}, place);
    }).toThrow(TypeError);
    const issuedOn = "2024-07-01" as IsoDate;
    // @ts-expect-error: fine-repeated carries firstIssuedOn too
    const missing = raiseFinding(PORTAL_FINDINGS, "fine-repeated", { issuedOn }, place);
    expect(schema.safeParse(missing).success).toBe(false);
    // @ts-expect-error: a fact of another type (a count, not a date)
    raiseFinding(PORTAL_FINDINGS, "fine-not-overdue", { issuedOn: 3 }, place);
    const elsewhere = { ...place, ruleId: "PORTAL-OVERDUE" as const };
    // @ts-expect-error: the rule of a place is one of its kind's rules
    raiseFinding(PORTAL_FINDINGS, "fine-not-overdue", { issuedOn }, elsewhere);
  });
});
