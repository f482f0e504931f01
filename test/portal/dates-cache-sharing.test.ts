// What the portal's cache (src/portal/dates-cache.ts) shares, and what it must not: the tickets
// filed on one day share one frozen set of rules; filing dates under the same rule versions share
// one set of dates; a bounded cache starts again empty when full; a limit of 0 keeps no date; and
// under 89 Ill. Adm. Code 140.75(b)(2) (open point 1, `adm-code-140.75`) a window depends on the
// ticket's internal resolution, so it is never answered from another ticket's window.
import { describe, expect, it } from "vitest";
import { createIllinoisStateCalendar } from "../../src/api/illinois-calendar.js";
import { type IsoDate, parseIsoDate, submissionWindow } from "../../src/index.js";
import { DatesCache, sharedDatesCache } from "../../src/portal/dates-cache.js";
import { ticketDates } from "../../src/portal/dates.js";
import { resolvePortalOptions } from "../../src/api/settings/portal.js";
import type { WindowFacts } from "../../src/portal/submission-window.js";

const d = (iso: string): IsoDate => parseIsoDate(iso);
const defaults = resolvePortalOptions();

/** Facts of a ticket filed on `filedOn`, its dispute submitted 40 days before (and resolved on `resolvedOn`). */
function facts(filedOn: string, resolvedOn: string | null = null): WindowFacts {
  return {
    portalSubmittedOn: d(filedOn),
    internalDispute: {
      submittedToMcoOn: d("2024-04-24"),
      trackingNumber: "ACME-1",
      trackingNumberIssuedOn: d("2024-04-25"),
      resolution: resolvedOn === null ? null : { date: d(resolvedOn) },
    },
  };
}

describe("PORTAL-* rules of a filing date: one frozen set per day", () => {
  it("the tickets filed on one day share the same rules object, frozen", () => {
    const cache = new DatesCache(defaults);
    const rules = cache.rulesOf(d("2024-06-03"));
    expect(cache.rulesOf(d("2024-06-03"))).toBe(rules);
    expect(Object.isFrozen(rules.policy)).toBe(true);
    expect(cache.rulesOf(d("2024-06-04"))).not.toBe(rules);
  });

  it("filing dates under the same rule versions share one dates object; another version has its own", () => {
    const cache = new DatesCache(defaults);
    // PORTAL-PROPOSAL-DUE and PORTAL-EXTENSION-DUE have a version until 2020-10-31 and one from 2020-11-01.
    const before = cache.rulesOf(d("2020-10-15")).dates;
    expect(cache.rulesOf(d("2020-10-30")).dates).toBe(before);
    const after = cache.rulesOf(d("2020-11-02")).dates;
    expect(after).not.toBe(before);
    expect(cache.rulesOf(d("2024-06-03")).dates).toBe(after);
    // Before the new portal (2020-02-28) most rules are not in force: a third set of versions.
    const old = cache.rulesOf(d("2019-06-03")).dates;
    expect(old).not.toBe(before);
    expect(old).not.toBe(after);
  });

  it("a date asked twice under one filing date is the same frozen explanation, for its start and label", () => {
    const dates = new DatesCache(defaults).rulesOf(d("2024-06-03")).dates;
    const proposal = dates.proposal(d("2024-06-10"), "presented to the MCO");
    expect(dates.proposal(d("2024-06-10"), "presented to the MCO")).toBe(proposal);
    expect(Object.isFrozen(proposal)).toBe(true);
    expect(dates.proposal(d("2024-06-10"), "portal receipt")).not.toBe(proposal);
    expect(dates.proposal(d("2024-06-10"), "portal receipt").startLabel).toBe("portal receipt");
    expect(dates.proposal(d("2024-06-11"), "presented to the MCO")).not.toBe(proposal);
    // The dates keyed without a label answer as the uncached dates do.
    expect(dates.contest(d("2024-07-01"))).toEqual(ticketDates(defaults, d("2024-06-03")).contest(d("2024-07-01")));
    expect(dates.contest(d("2024-07-01"))).toBe(dates.contest(d("2024-07-01")));
  });
});

describe("a bounded cache starts again empty when it is full", () => {
  it("a limit of 2 keeps two filing dates, and the third empties it", () => {
    const cache = new DatesCache(defaults, 2);
    const a = cache.rulesOf(d("2024-06-03"));
    const b = cache.rulesOf(d("2024-06-04"));
    expect(cache.rulesOf(d("2024-06-03"))).toBe(a);
    expect(cache.rulesOf(d("2024-06-04"))).toBe(b);
    const c = cache.rulesOf(d("2024-06-05")); // full: starts again with this one
    expect(cache.rulesOf(d("2024-06-03"))).not.toBe(a); // emptied; holds c and a new a
    expect(cache.rulesOf(d("2024-06-05"))).toBe(c);
    cache.rulesOf(d("2024-06-06")); // full again: starts again with this one
    expect(cache.rulesOf(d("2024-06-05"))).not.toBe(c);
  });

  it("emptied, it also forgets the dates shared by filing dates under the same rule versions", () => {
    const cache = new DatesCache(defaults, 2);
    const first = cache.rulesOf(d("2024-06-03")).dates;
    expect(cache.rulesOf(d("2024-06-04")).dates).toBe(first);
    expect(cache.rulesOf(d("2024-06-05")).dates).not.toBe(first); // the third filing date empties the cache
  });

  it("each date kept counts toward the limit, as a filing date does", () => {
    const cache = new DatesCache(defaults, 3);
    const rules = cache.rulesOf(d("2024-06-03")); // 1
    rules.dates.contest(d("2024-07-01")); // 2
    rules.dates.contest(d("2024-07-02")); // 3
    expect(cache.rulesOf(d("2024-06-03"))).toBe(rules);
    rules.dates.contest(d("2024-07-03")); // 4: full, starts again
    expect(cache.rulesOf(d("2024-06-03"))).not.toBe(rules);
  });

  it("a limit of 0 keeps no date nor window: each is computed afresh (equal, not the same object)", () => {
    const rules = new DatesCache(defaults, 0).rulesOf(d("2024-06-03"));
    const proposal = rules.dates.proposal(d("2024-06-10"), "presented to the MCO");
    expect(rules.dates.proposal(d("2024-06-10"), "presented to the MCO")).not.toBe(proposal);
    expect(rules.dates.proposal(d("2024-06-10"), "presented to the MCO")).toEqual(proposal);
    expect(Object.isFrozen(proposal)).toBe(true);
    const ticket = facts("2024-06-03");
    expect(rules.window(ticket)).not.toBe(rules.window(ticket));
    expect(rules.window(ticket)).toEqual(rules.window(ticket));
  });
});

describe("every date from the cache is the date computed afresh", () => {
  it("each kind of date, with and without a start label, under the defaults and other options", () => {
    for (const options of [
      defaults,
      resolvePortalOptions({
        unstatedRoll: "forward",
        hfsReviewClockFrom: "mco-response",
        extensionLimitFrom: "rolled-due-date",
      }),
    ]) {
      for (const filedOn of ["2020-10-15", "2024-06-03"]) {
        const cached = new DatesCache(options).rulesOf(d(filedOn)).dates;
        const fresh = ticketDates(options, d(filedOn));
        for (const start of ["2024-06-28", "2024-07-03", "2024-12-24"].map(d)) {
          for (const kind of Object.keys(fresh) as (keyof typeof fresh)[]) {
            expect([kind, cached[kind](start, "presented to the MCO")]).toEqual([
              kind,
              fresh[kind](start, "presented to the MCO"),
            ]);
          }
          for (const kind of [
            "presentToMco",
            "infoRequest",
            "infoResponse",
            "extensionRequestLimit",
            "contest",
            "hfsReviewRequest",
            "evidence",
            "latestSubmissionAfterResolution",
          ] as const) {
            expect([kind, cached[kind](start)]).toEqual([kind, fresh[kind](start)]);
          }
        }
      }
    }
  });
});

describe("PORTAL-SUBMIT-LATEST windows from the cache", () => {
  it("outside 140.75 the tickets filed on one day with the same start share the window's frozen explanations", () => {
    const rules = new DatesCache(defaults).rulesOf(d("2024-06-03"));
    const window = rules.window(facts("2024-06-03"));
    const again = rules.window(facts("2024-06-03"));
    expect(again.earliest).toBe(window.earliest);
    expect(again.latest).toBe(window.latest);
    expect(Object.isFrozen(window.latest)).toBe(true);
    expect(window).toEqual(submissionWindow(facts("2024-06-03")));
  });

  it("under 140.75(b)(2) each ticket's window reads its own internal resolution, whatever was asked before", () => {
    const options = resolvePortalOptions({ submissionWindowStart: "adm-code-140.75" });
    const rules = new DatesCache(options).rulesOf(d("2024-06-03"));
    const unresolved = facts("2024-06-03");
    const resolved = facts("2024-06-03", "2024-05-30"); // 30 days after the resolution: 2024-06-29
    const first = rules.window(unresolved);
    const second = rules.window(resolved);
    expect(first).toEqual(submissionWindow(unresolved, { submissionWindowStart: "adm-code-140.75" }));
    expect(second).toEqual(submissionWindow(resolved, { submissionWindowStart: "adm-code-140.75" }));
    expect(second.latest.result).not.toBe(first.latest.result);
  });
});

describe("the cache shared between calls: one per calendar and option values", () => {
  it("the same options get the same cache; other option values or another calendar their own", () => {
    const cache = sharedDatesCache(defaults);
    expect(sharedDatesCache(resolvePortalOptions())).toBe(cache);
    expect(cache.options).toBe(defaults);
    const rolled = resolvePortalOptions({ unstatedRoll: "forward" });
    const other = sharedDatesCache(rolled);
    expect(other).not.toBe(cache);
    expect(other.options).toEqual(rolled);
    expect(sharedDatesCache(resolvePortalOptions({ unstatedRoll: "forward" }))).toBe(other);
    expect(sharedDatesCache(resolvePortalOptions({ extensionLimitFrom: "rolled-due-date" }))).not.toBe(other);
    const withCalendar = resolvePortalOptions({}, createIllinoisStateCalendar());
    expect(withCalendar.calendar).not.toBe(defaults.calendar);
    expect(sharedDatesCache(withCalendar)).not.toBe(cache);
    expect(sharedDatesCache(withCalendar).options.calendar).toBe(withCalendar.calendar);
  });
});
