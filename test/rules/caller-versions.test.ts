// Rule versions a caller gives (`settings.rules`, docs/rule-changes.md): applied by effective date
// in every area as the built-in versions are, the explanation citing the caller's basis; refused,
// naming the path and never the value, when a version would change what its rule's parameters do
// not express.
import { describe, expect, it } from "vitest";
import {
  evaluateContactDeadlines,
  evaluateRegistration,
  evaluateTicket,
  portalDueDate,
  spenddownPaymentDueDate,
} from "../../src/index.js";
import { sanctionNoticeDueDate } from "../../src/internal.js";
import { RuleInputError } from "../../src/core/errors.js";
import { CLEAN_TICKET } from "../../src/rule-tables/cases/portal.js";
import { getRule, ruleVersionAt } from "../../src/rules/registry.js";
import { ruleBookOf } from "../../src/rules/rule-book.js";
import type { IsoDate } from "../../src/core/iso-date.js";

const BASIS = "HFS proposed revision of 2026-11-01";
const PROPOSAL = { ruleId: "PORTAL-PROPOSAL-DUE", effectiveFrom: "2027-01-01", parameters: { days: 45 }, basis: BASIS };
const PROPOSAL_45 = [PROPOSAL];

/** A ticket filed (and presented to the MCO) on `filedOn`. */
function ticketFiled(filedOn: string) {
  return {
    ...CLEAN_TICKET,
    internalDispute: { submittedToMcoOn: "2026-11-16", trackingNumber: "ACME-1", trackingNumberIssuedOn: "2026-11-17" },
    portalSubmittedOn: filedOn,
    events: [{ type: "presented to MCO", date: filedOn }],
  };
}

function refusal(f: () => unknown): { fields: string[]; message: string } {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(RuleInputError);
    const e = error as RuleInputError;
    return { fields: e.issues.map((i) => i.field), message: e.message };
  }
  throw new Error("expected a RuleInputError");
}

describe("PORTAL-PROPOSAL-DUE: a caller's 45-day proposal period from 2027-01-01", () => {
  it("a ticket filed 2026-12-31 keeps 30 days; one filed 2027-01-02 gets 45, its explanation citing the basis", () => {
    const before = evaluateTicket(ticketFiled("2026-12-31") as never, { asOf: "2027-01-05", rules: PROPOSAL_45 });
    const after = evaluateTicket(ticketFiled("2027-01-02") as never, { asOf: "2027-01-05", rules: PROPOSAL_45 });
    const proposal = (r: typeof before) => r.deadlines.find((d) => d.name === "proposal");
    expect(proposal(before)?.explanation.amount).toBe(30);
    expect(before.proposalDueDate).toBe("2027-02-01"); // 2027-01-30 is a Saturday
    expect(JSON.stringify(before)).not.toContain(BASIS);
    expect(proposal(after)?.explanation.amount).toBe(45);
    expect(after.proposalDueDate).toBe("2027-02-16");
    expect(proposal(after)?.explanation.steps[0]?.reason).toBe(
      `+ 45 calendar days = 2027-02-16 (PORTAL-PROPOSAL-DUE, caller's version: ${BASIS})`,
    );
  });

  it("the due-date function applies it by the filing date, and the full record's text cites it", () => {
    expect(portalDueDate("PORTAL-PROPOSAL-DUE", "2026-12-31" as IsoDate, { rules: PROPOSAL_45 }).amount).toBe(30);
    const after = portalDueDate("PORTAL-PROPOSAL-DUE", "2027-01-02" as IsoDate, { rules: PROPOSAL_45, detail: "full" });
    expect(after.result).toBe("2027-02-16");
    expect(after.text).toContain(BASIS);
  });

  it("a version with an end gives way to the built-in version again the next day", () => {
    const rules = [{ ...PROPOSAL, effectiveTo: "2027-06-30" }];
    expect(portalDueDate("PORTAL-PROPOSAL-DUE", "2027-06-30" as IsoDate, { rules }).amount).toBe(45);
    expect(portalDueDate("PORTAL-PROPOSAL-DUE", "2027-07-01" as IsoDate, { rules }).amount).toBe(30);
  });

  it("the extension request limit counts back from the caller's period, citing it", () => {
    const limit = portalDueDate("PORTAL-EXTENSION-REQUEST", "2027-01-04" as IsoDate, { rules: PROPOSAL_45 });
    expect(limit.result).toBe("2027-02-11"); // day 45 is 2027-02-18, 7 days before
    expect(limit.steps[0]?.reason).toContain(BASIS);
  });

  it("a parameter not given keeps the value of the version it replaces (the roll)", () => {
    const book = ruleBookOf([
      {
        ruleId: "PORTAL-PROPOSAL-DUE",
        effectiveFrom: "2027-01-01" as IsoDate,
        effectiveTo: null,
        parameters: { days: 45 },
        basis: BASIS,
      },
    ]);
    const version = ruleVersionAt("PORTAL-PROPOSAL-DUE", "2027-01-01" as IsoDate, { rules: book });
    expect(version?.parameters).toEqual({
      days: { value: 45, unit: "calendar-days" },
      roll: { value: "forward", unit: "roll" },
    });
    // The built-in version in force then ends the day before; the earlier one is the same object.
    const versions = book?.versions["PORTAL-PROPOSAL-DUE"] ?? [];
    expect(versions.map((v) => [v.effectiveFrom, v.effectiveTo])).toEqual([
      ["2020-02-28", "2020-10-31"],
      ["2020-11-01", "2026-12-31"],
      ["2027-01-01", null],
    ]);
    expect(versions[0]).toBe(getRule("PORTAL-PROPOSAL-DUE").versions[0]);
    expect(Object.isFrozen(versions[2]?.parameters)).toBe(true);
  });
});

describe("every area applies a caller's version by effective date", () => {
  it("WebCM: WEBCM-INITIAL-DUE of 20 days from 2025-01-01", () => {
    const rules = [
      {
        ruleId: "WEBCM-INITIAL-DUE",
        effectiveFrom: "2025-01-01",
        parameters: { days: 20 },
        basis: "MCO contract amendment 7",
      },
    ];
    const history = (date: string) => ({
      member: "M1",
      mco: "Meridian",
      events: [{ type: "waiver assignment notified", date }],
    });
    const due = (date: string) =>
      evaluateContactDeadlines(history(date) as never, { asOf: "2025-03-01", rules }).deadlines[0]?.deadline;
    expect(due("2024-12-31")?.dueDate).toBe("2025-01-15");
    expect(due("2025-01-02")?.dueDate).toBe("2025-01-22");
    expect(JSON.stringify(due("2025-01-02"))).toContain("MCO contract amendment 7");
  });

  it("registration: REGISTRATION-PROCESSING of 5 business days from 2025-01-01", () => {
    const rules = [
      {
        ruleId: "REGISTRATION-PROCESSING",
        effectiveFrom: "2025-01-01",
        parameters: { businessDays: 5 },
        basis: "Notice X",
      },
    ];
    const request = (submittedOn: string) => ({
      submittedOn,
      complete: true,
      individuals: 1,
      usedMultipleTemplate: false,
    });
    const before = evaluateRegistration(request("2024-12-02") as never, { rules });
    const after = evaluateRegistration(request("2025-01-06") as never, { rules });
    expect(before.outcome === "processing" && before.earliestDate).toBe("2024-12-04");
    expect(after.outcome === "processing" && after.earliestDate).toBe("2025-01-13");
    expect(JSON.stringify(after)).toContain("Notice X");
  });

  it("spenddown: SPENDDOWN-PAYMENT-DUE on the 15th from 2025-01-01", () => {
    const rules = [
      {
        ruleId: "SPENDDOWN-PAYMENT-DUE",
        effectiveFrom: "2025-01-01",
        parameters: { dayOfMonth: 15 },
        basis: "DMH memo",
      },
    ];
    expect(spenddownPaymentDueDate("2024-12", { rules }).result).toBe("2024-12-20");
    const after = spenddownPaymentDueDate("2025-01", { rules });
    expect(after.result).toBe("2025-01-15");
    expect(JSON.stringify(after)).toContain("DMH memo");
  });

  it("sanctions: SANCTION-NOTICE-DUE two months after the period from 2025-01-01", () => {
    const rules = [
      {
        ruleId: "SANCTION-NOTICE-DUE",
        effectiveFrom: "2025-01-01",
        parameters: { monthsAfterPeriod: 2 },
        basis: "HFS draft",
      },
    ];
    expect(sanctionNoticeDueDate({ year: 2024, quarter: 4 }, { rules }).result).toBe("2025-01-31");
    const after = sanctionNoticeDueDate({ year: 2025, quarter: 1 }, { rules });
    expect(after.result).toBe("2025-05-31");
    expect(JSON.stringify(after)).toContain("HFS draft");
  });
});

describe("refusals name the path, never the value", () => {
  const call = (rules: unknown) => () =>
    evaluateTicket(ticketFiled("2027-01-02") as never, { asOf: "2027-01-05", rules: rules as never });
  const one = (change: Record<string, unknown>) => [{ ...PROPOSAL, ...change }];
  const cases: [string, unknown, string][] = [
    ["an unknown rule ID", one({ ruleId: "a secret rule" }), "settings.rules[0].ruleId"],
    ["an unknown parameter", one({ parameters: { dayz: 45 } }), "settings.rules[0].parameters.dayz"],
    ["a word for a number", one({ parameters: { days: "secret" } }), "settings.rules[0].parameters.days"],
    ["a list for a number", one({ parameters: { days: [45] } }), "settings.rules[0].parameters.days"],
    ["negative days", one({ parameters: { days: -4512 } }), "settings.rules[0].parameters.days"],
    ["a fraction of a day", one({ parameters: { days: 45.5 } }), "settings.rules[0].parameters.days"],
    ["a roll that is not one", one({ parameters: { roll: "secret" } }), "settings.rules[0].parameters.roll"],
    ["a date before the rule", one({ effectiveFrom: "2019-01-01" }), "settings.rules[0].effectiveFrom"],
    ["an end before the start", one({ effectiveTo: "2026-01-01" }), "settings.rules[0].effectiveTo"],
    ["no basis", one({ basis: "  " }), "settings.rules[0].basis"],
    ["a bad date", one({ effectiveFrom: "2027-02-30" }), "settings.rules[0].effectiveFrom"],
    ["an unknown key", one({ extra: "secret" }), "settings.rules[0]"],
    ["a rule without parameters", one({ ruleId: "PORTAL-COMPLETE", parameters: {} }), "settings.rules[0].ruleId"],
    ["a calendar rule", one({ ruleId: "CAL-STATE-HOLIDAYS", parameters: {} }), "settings.rules[0].ruleId"],
    [
      "the reporting period",
      one({ ruleId: "SANCTION-PERIOD", parameters: { monthsPerPeriod: 6 } }),
      "settings.rules[0].ruleId",
    ],
    ["not a list", "secret", "settings.rules"],
    [
      "two versions of one rule that overlap",
      [PROPOSAL, { ...PROPOSAL, effectiveFrom: "2027-06-01" }],
      "settings.rules[1].effectiveFrom",
    ],
  ];
  it.each(cases)("%s", (_, rules, field) => {
    const { fields, message } = refusal(call(rules));
    expect(fields.some((f) => f.startsWith(field))).toBe(true);
    expect(message).not.toContain("secret");
    expect(message).not.toContain("4512");
  });

  it("versions of one rule that do not overlap, and of two rules, are accepted", () => {
    const rules = [
      { ...PROPOSAL, effectiveTo: "2027-06-30" },
      { ...PROPOSAL, effectiveFrom: "2027-07-01", parameters: { days: 40 } },
      { ruleId: "PORTAL-FINE", effectiveFrom: "2027-01-01", parameters: { amountCents: 750000 }, basis: BASIS },
    ];
    expect(() => call(rules)()).not.toThrow();
  });

  it("the portal's date functions name options.rules", () => {
    const { fields } = refusal(() =>
      portalDueDate("PORTAL-PROPOSAL-DUE", "2027-01-02" as IsoDate, {
        rules: one({ parameters: { days: -1 } }) as never,
      }),
    );
    expect(fields).toEqual(["options.rules[0].parameters.days"]);
  });

  it("the other areas name settings.rules", () => {
    const rules = one({ parameters: { days: -1 } }) as never;
    expect(refusal(() => spenddownPaymentDueDate("2025-01", { rules })).fields).toEqual([
      "settings.rules[0].parameters.days",
    ]);
  });
});
