// The finding catalogue (src/findings): every code one kind, listed in FINDING_CODES with its
// rules, severity and facts; the Finding union keyed by code, so that a finding without its
// facts, with a code nobody listed or with a fact of the wrong type does not compile.
import { describe, expect, expectTypeOf, it } from "vitest";
import type { IsoDate } from "../../src/core/iso-date.js";
import { FINDING_KINDS, type Finding, type FindingCode } from "../../src/findings/catalogue.js";
import { defineFindingKinds, findingKind, raiseFinding } from "../../src/findings/kind.js";
import { dateFact } from "../../src/findings/facts.js";
import { FINDING_CODES } from "../../src/index.js";
import { PORTAL_FINDINGS } from "../../src/portal/finding-codes.js";
import { WEBCM_FINDINGS } from "../../src/webcm/finding-codes.js";

describe("the finding catalogue", () => {
  it("lists every kind in FINDING_CODES, once per rule, with its severity and facts", () => {
    const listed = new Set(FINDING_CODES.map((e) => `${e.ruleId} ${e.code}`));
    expect(listed.size).toBe(FINDING_CODES.length);
    for (const [code, kind] of Object.entries(FINDING_KINDS)) {
      for (const ruleId of kind.rules) expect(listed.has(`${ruleId} ${code}`), `${ruleId} ${code}`).toBe(true);
    }
    for (const entry of FINDING_CODES) {
      const kind = FINDING_KINDS[entry.code];
      expect(kind?.rules, entry.code).toContain(entry.ruleId);
      expect(entry.severity).toBe(kind?.severity);
      expect(entry.facts).toEqual(Object.keys(kind?.facts ?? {}));
    }
  });

  it("refuses a kind whose code is not kebab-case or whose fact is named like a common field", () => {
    const kind = findingKind({
      rules: ["PORTAL-OVERDUE"],
      severity: "error",
      party: "MCO",
      summary: "s",
      facts: { date: dateFact },
      message: () => "m",
    });
    expect(() => defineFindingKinds({ Bad_Code: { ...kind, facts: {} } })).toThrow(/not kebab-case/);
    expect(() => defineFindingKinds({ "a-code": kind })).toThrow(/the fact date is a field of every finding/);
  });

  it("writes a finding's message from its facts, and its severity and party from its kind", () => {
    const facts = { trigger: "care coordinator changed", triggerDate: "2024-03-01" as IsoDate } as const;
    const f = raiseFinding(WEBCM_FINDINGS, "rule-not-in-force", facts, { ruleId: "WEBCM-CHANGE-DUE", events: ["e"] });
    expect(f).toEqual({
      ruleId: "WEBCM-CHANGE-DUE",
      code: "rule-not-in-force",
      party: "MCO",
      severity: "info",
      message: "care coordinator changed on 2024-03-01: WEBCM-CHANGE-DUE was not in force then, no deadline",
      events: ["e"],
      ...facts,
    });
  });

  it("refuses to raise a kind that has no party of its own without one", () => {
    const facts = { requestedBy: "MCO", approvedRequestBy: "provider" } as const;
    expect(() => raiseFinding(PORTAL_FINDINGS, "extension-after-approval", facts, { events: [] })).toThrow(
      /has no party/,
    );
    expect(raiseFinding(PORTAL_FINDINGS, "extension-after-approval", facts, { events: [], party: "MCO" }).party).toBe(
      "MCO",
    );
  });

  it("types a finding by its code: the facts of that code, and only listed codes (type-level)", () => {
    const f = {} as Finding;
    if (f.code === "proposal-overdue") expectTypeOf(f.dueDate).toEqualTypeOf<IsoDate>();
    if (f.code === "payment-short") expectTypeOf(f.paidCents).toEqualTypeOf<number>();
    expectTypeOf<"proposal-overdue">().toExtend<FindingCode>();
    // @ts-expect-error a code no area lists
    const unknown: FindingCode = "no-such-code";
    // @ts-expect-error a finding without the facts its code carries
    const bare: Finding = {
      ruleId: "PORTAL-OVERDUE",
      code: "proposal-overdue",
      party: "MCO",
      severity: "error",
      message: "",
      events: [],
    };
    const wrong = { trigger: "care coordinator changed", triggerDate: 3 } as const;
    // @ts-expect-error a fact of the wrong type
    raiseFinding(WEBCM_FINDINGS, "rule-not-in-force", wrong, { events: [] });
    expect([unknown, bare.code]).toHaveLength(2);
  });
});
