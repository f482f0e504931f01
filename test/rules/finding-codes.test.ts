import { describe, expect, it } from "vitest";
import { checkFindingCodes } from "../../src/rules/check-finding-codes.js";
import { FINDING_CODES, type FindingCodeEntry } from "../../src/index.js";
import { findingCodesOf } from "../../src/rules/finding-codes.js";
import { hasRule } from "../../src/rules/registry.js";

const entry = (ruleId: string, code: string): FindingCodeEntry =>
  ({ ruleId, code, severity: "error", summary: "s" }) as FindingCodeEntry;

describe("finding codes catalogue", () => {
  it("gathers every area's list, each code kebab-case, once per rule, for a known rule", () => {
    expect(() => checkFindingCodes(FINDING_CODES, hasRule)).not.toThrow();
    for (const c of FINDING_CODES) expect(findingCodesOf(c.ruleId)).toContain(c);
  });
  it("rejects a code that is not kebab-case", () => {
    expect(() => checkFindingCodes([entry("PORTAL-OVERDUE", "Proposal_Overdue")], hasRule)).toThrow(
      "PORTAL-OVERDUE/Proposal_Overdue: the code is not kebab-case",
    );
    expect(() => checkFindingCodes([entry("PORTAL-OVERDUE", "overdue-")], hasRule)).toThrow("not kebab-case");
  });
  it("rejects a code listed twice for one rule, and accepts the same code under two rules", () => {
    expect(() =>
      checkFindingCodes([entry("PORTAL-OVERDUE", "late"), entry("PORTAL-OVERDUE", "late")], hasRule),
    ).toThrow("listed twice");
    expect(checkFindingCodes([entry("PORTAL-OVERDUE", "late"), entry("PORTAL-FINE", "late")], hasRule)).toHaveLength(2);
  });
  it("rejects a rule ID the registry does not hold", () => {
    const unknown = ["PORTAL", "UNKNOWN"].join("-");
    expect(() => checkFindingCodes([entry(unknown, "late")], hasRule)).toThrow(`no rule ${unknown} in the registry`);
  });
});
