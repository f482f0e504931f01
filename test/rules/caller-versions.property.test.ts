// A caller's version that states exactly the parameters of the built-in version in force changes
// no result (docs/rule-changes.md): the rule book applies a caller's version as the registry
// applies its own. The only difference allowed is the explanation citing the caller's basis.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  createTicketEvaluator,
  evaluateContactDeadlines,
  evaluateRegistration,
  type IsoDate,
  spenddownPaymentDueDate,
  type Ticket,
} from "../../src/index.js";
import { sanctionNoticeDueDate } from "../../src/internal.js";
import type { ParameterValue } from "../../src/rules/model.js";
import { getRule, RULES } from "../../src/rules/registry.js";
import type { RuleId } from "../../src/rules/rule-id.js";
import { dayBetween, portalOptionsArb, richTicketArb } from "../portal/arbitraries.js";

const BASIS = "Caller's restatement of the rule";

// The rules a caller may give versions of (src/api/settings/rules.ts refuses the others).
const FIXED = new Set(["SANCTION-PERIOD", "WEBCM-COMPLIANCE-REPORT", "SPENDDOWN-QUARTERLY-REPORTS"]);
const OPEN_RULES = RULES.filter(
  (r) => r.area !== "calendar" && !FIXED.has(r.id) && Object.keys(r.versions[0]?.parameters ?? {}).length > 0,
).map((r) => r.id);

/** Caller versions restating, from `from`, the parameters of the built-in version in force then (all or some). */
function restating(ids: readonly RuleId[], from: IsoDate, some: boolean) {
  return ids.flatMap((ruleId) => {
    const rule = getRule(ruleId);
    const version = rule.versions.find(
      (v) => v.effectiveFrom <= from && (v.effectiveTo === null || from <= v.effectiveTo),
    );
    if (version === undefined) return [];
    const entries = Object.entries(version.parameters as Record<string, { value: ParameterValue }>);
    const given = some ? entries.slice(0, 1) : entries;
    return [
      {
        ruleId,
        effectiveFrom: from,
        parameters: Object.fromEntries(given.map(([k, p]) => [k, p.value])),
        basis: BASIS,
      },
    ];
  });
}

/**
 * The result without its rule citations, the only difference a restating version makes: a count
 * step gains "(RULE-ID, caller's version: …)", and a step that already cited the rule whose
 * parameter it counts ("the end of the initial period (PORTAL-PROPOSAL-DUE)") cites the caller's
 * version there instead. `citedRules` checks that no citation is lost.
 */
function uncited(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value)
      .replaceAll(/ \([A-Z-]+(, caller's version: Caller's restatement of the rule)?\)/g, "")
      .replaceAll(", caller's version: Caller's restatement of the rule", ""),
  );
}

/** The rule IDs the result cites in parentheses, each once. */
function citedRules(value: unknown): string[] {
  return [...new Set([...JSON.stringify(value).matchAll(/\(([A-Z][A-Z-]+[A-Z])[,)]/g)].map((m) => m[1] ?? ""))].sort();
}

/** A restating version's result equals the built-in one's, save the citations, and cites every rule it cited. */
function expectSameResult(given: unknown, plain: unknown): void {
  expect(uncited(given)).toEqual(uncited(plain));
  expect(citedRules(given)).toEqual(expect.arrayContaining(citedRules(plain)));
}

const rulesArb = fc.record({
  ids: fc.subarray(OPEN_RULES, { minLength: 1 }),
  from: dayBetween("2023-03-01", "2026-06-30"),
  some: fc.boolean(),
});

describe("a caller's version restating the built-in one changes no result", () => {
  it("portal: every ticket's evaluation, whatever the options", () => {
    fc.assert(
      fc.property(
        fc.array(richTicketArb, { minLength: 1, maxLength: 5 }),
        portalOptionsArb,
        rulesArb,
        dayBetween("2020-01-01", "2026-06-30"),
        (tickets: Ticket[], options, { ids, from, some }, asOf) => {
          const plain = createTicketEvaluator({ asOf, options });
          const given = createTicketEvaluator({ asOf, options, rules: restating(ids, from, some) });
          for (const ticket of tickets) expectSameResult(given.evaluate(ticket), plain.evaluate(ticket));
        },
      ),
      { numRuns: 60 },
    );
  });

  it("WebCM, registration, spenddown and sanctions", () => {
    fc.assert(
      fc.property(rulesArb, dayBetween("2023-03-01", "2026-12-31"), ({ ids, from, some }, day) => {
        const rules = restating(ids, from, some);
        const history = { member: "M1", mco: "Meridian", events: [{ type: "waiver assignment notified", date: day }] };
        const webcm = (s: object) => evaluateContactDeadlines(history as never, { asOf: "2027-01-01", ...s });
        expectSameResult(webcm({ rules }), webcm({}));
        const request = { submittedOn: day, complete: true, individuals: 12, usedMultipleTemplate: false };
        expectSameResult(evaluateRegistration(request as never, { rules }), evaluateRegistration(request as never));
        const month = day.slice(0, 7);
        expectSameResult(spenddownPaymentDueDate(month, { rules }), spenddownPaymentDueDate(month));
        const period = { year: Number(day.slice(0, 4)), quarter: Math.ceil(Number(day.slice(5, 7)) / 3) };
        expectSameResult(sanctionNoticeDueDate(period, { rules }), sanctionNoticeDueDate(period));
      }),
      { numRuns: 60 },
    );
  });
});
