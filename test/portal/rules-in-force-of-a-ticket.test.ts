// Principle 4 and open point 9 for one ticket: the rules in force on its filing date
// (ctx.inForce) are the registry's versions of that day, for every rule, whether or not it is one
// of the portal's; and a fine's rules are those of the day it applies (ctx.rulesOn).
import { describe, expect, it } from "vitest";
import { type IsoDate, parseIsoDate } from "../../src/index.js";
import { ticketContext } from "../../src/portal/context.js";
import { DatesCache } from "../../src/portal/dates-cache.js";
import { resolvePortalOptions } from "../../src/api/settings/portal.js";
import type { Ticket } from "../../src/portal/schemas.js";
import { RULES, ruleVersionAt } from "../../src/rules/registry.js";
import { CLEAN_TICKET } from "./ticket-fixture.js";

const d = (iso: string): IsoDate => parseIsoDate(iso);

function ticketFiledOn(filedOn: string): Ticket {
  const internalDispute = {
    submittedToMcoOn: d("2019-01-02"),
    trackingNumber: "ACME-1",
    trackingNumberIssuedOn: d("2019-01-03"),
    resolution: null,
  };
  return { ...CLEAN_TICKET, internalDispute, portalSubmittedOn: d(filedOn), events: [] } as unknown as Ticket;
}

describe("the rules in force for one ticket", () => {
  for (const monthOnlyEffectiveDate of ["first-day-of-month", "first-day-of-next-month"] as const) {
    it(`every registered rule is in force on the filing date as the registry says (${monthOnlyEffectiveDate})`, () => {
      const cache = new DatesCache(resolvePortalOptions({ monthOnlyEffectiveDate }));
      for (const filedOn of ["2019-06-03", "2020-05-15", "2020-11-15", "2024-06-03"]) {
        const ctx = ticketContext(ticketFiledOn(filedOn), d("2024-12-31"), cache);
        for (const rule of RULES) {
          expect([rule.id, ctx.inForce(rule.id)]).toEqual([
            rule.id,
            ruleVersionAt(rule.id, d(filedOn), { monthOnlyEffectiveDate }) !== undefined,
          ]);
        }
      }
    });
  }

  it("the rules of another day are that day's, from the same cache", () => {
    const cache = new DatesCache(resolvePortalOptions());
    const ctx = ticketContext(ticketFiledOn("2020-03-02"), d("2024-12-31"), cache);
    expect(ctx.rules.fineCents).toBeUndefined(); // PORTAL-FINE from May 2020
    expect(ctx.rulesOn(d("2020-05-01")).fineCents).toBe(500000);
    expect(ctx.rulesOn(d("2020-05-01"))).toBe(cache.rulesOf(d("2020-05-01")));
    expect(ctx.findings).toEqual([]);
    expect(ctx.filedOn).toBe("2020-03-02");
  });
});
