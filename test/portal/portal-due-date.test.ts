// portalDueDate(ruleId, start, options) answers what the nine functions of 0.2 answered, one per
// rule (PORTAL-PRESENT-TO-MCO … PORTAL-HFS-REVIEW-EVIDENCE), and names its own arguments.
import { describe, expect, it } from "vitest";
import {
  contestDueDate,
  evidenceDueDate,
  type Explanation,
  extendedProposalDueDate,
  extensionRequestLimit,
  hfsReviewRequestDueDate,
  infoRequestDueDate,
  infoResponseDueDate,
  type IsoDate,
  type PortalDueDateRule,
  portalDueDate,
  presentToMcoDueDate,
  proposalDueDate,
} from "../../src/internal.js";
import { ruleInputMessage } from "../fixtures/errors.js";

type DueDateOf = (start: IsoDate, options?: object) => Explanation;
const BY_RULE: Record<PortalDueDateRule, [string, DueDateOf]> = {
  "PORTAL-PRESENT-TO-MCO": ["presentToMcoDueDate", presentToMcoDueDate],
  "PORTAL-INFO-REQUEST": ["infoRequestDueDate", infoRequestDueDate],
  "PORTAL-INFO-RESPONSE": ["infoResponseDueDate", infoResponseDueDate],
  "PORTAL-PROPOSAL-DUE": ["proposalDueDate", proposalDueDate],
  "PORTAL-EXTENSION-REQUEST": ["extensionRequestLimit", extensionRequestLimit],
  "PORTAL-EXTENSION-DUE": ["extendedProposalDueDate", extendedProposalDueDate],
  "PORTAL-CONTEST": ["contestDueDate", contestDueDate],
  "PORTAL-HFS-REVIEW-REQUEST": ["hfsReviewRequestDueDate", hfsReviewRequestDueDate],
  "PORTAL-HFS-REVIEW-EVIDENCE": ["evidenceDueDate", evidenceDueDate],
};
const STARTS = ["2024-06-04", "2024-07-01", "2024-11-20", "2024-12-21"] as IsoDate[];
const OPTIONS = [
  {},
  { unstatedRoll: "forward" },
  { extensionLimitFrom: "rolled-due-date" },
  { detail: "full" },
] as const;

describe("portalDueDate", () => {
  for (const [ruleId, [name, old]] of Object.entries(BY_RULE) as [PortalDueDateRule, [string, DueDateOf]][]) {
    it(`${ruleId}: the answer of ${name}`, () => {
      for (const start of STARTS)
        for (const options of OPTIONS) {
          const explanation = portalDueDate(ruleId, start, options);
          expect(explanation).toEqual(old(start, options));
          expect(explanation.ruleId).toBe(ruleId);
        }
    });
  }
  it("names a rule it does not take, a bad start and a renamed option, never the value", () => {
    const rule = ruleInputMessage(() => portalDueDate("ZZCANARY" as never, "2024-06-04" as IsoDate));
    expect(rule).toMatch(/^portalDueDate: ruleId: expected one of PORTAL-PRESENT-TO-MCO, /);
    expect(rule).not.toContain("ZZCANARY");
    expect(ruleInputMessage(() => portalDueDate("PORTAL-CONTEST", "2024-02-30" as IsoDate))).toMatch(
      /^portalDueDate: start: /,
    );
    expect(
      ruleInputMessage(() =>
        portalDueDate("PORTAL-HFS-REVIEW-REQUEST", "2024-06-04" as IsoDate, { rollUnstatedLimits: true } as never),
      ),
    ).toMatch(/^portalDueDate: /);
  });
});
