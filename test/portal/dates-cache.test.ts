// The portal's one cache (src/portal/dates-cache.ts) changes no answer: a result never depends
// on what was evaluated before, nor on the cache being full and emptied, nor on the evaluator
// that holds it (createTicketEvaluator) having evaluated other tickets, with other evaluators of
// other options and calendars in between.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromDayNumber, toDayNumber } from "../../src/core/checked-dates.js";
import {
  createCalendar,
  createTicketEvaluator,
  evaluateTicket,
  evaluateTickets,
  type IsoDate,
  illinoisStateCalendar,
  type Ticket,
} from "../../src/index.js";
import { DatesCache } from "../../src/portal/dates-cache.js";
import { parsedTicketEvaluator } from "../../src/api/operations/portal-runs.js";
import { dayBetween, portalOptionsArb, richTicketArb } from "./arbitraries.js";

const asOfArb = dayBetween("2019-06-01", "2026-06-30");

const shift = (date: IsoDate, days: number): IsoDate => fromDayNumber(toDayNumber(date) + days);

/** Tickets filed within a few days of 2024-06-03, so that their dates meet in the cache. */
const clusteredTicketArb: fc.Arbitrary<Ticket> = fc
  .tuple(richTicketArb, fc.integer({ min: 0, max: 6 }))
  .map(([t, day]) => {
    const by = toDayNumber("2024-06-03" as IsoDate) + day - toDayNumber(t.portalSubmittedOn);
    const d = t.internalDispute;
    return {
      ...t,
      portalSubmittedOn: shift(t.portalSubmittedOn, by),
      internalDispute: {
        ...d,
        submittedToMcoOn: shift(d.submittedToMcoOn, by),
        trackingNumberIssuedOn: d.trackingNumberIssuedOn === null ? null : shift(d.trackingNumberIssuedOn, by),
        resolution: d.resolution ? { date: shift(d.resolution.date, by) } : null,
      },
      events: t.events.map((e) => ({ ...e, date: shift(e.date, by) })),
    };
  });
const batchTicketArb = fc.oneof(richTicketArb, clusteredTicketArb);

describe("the dates cache", () => {
  it("a reused cache (warmed by other tickets, small or large) gives results deep-equal to a cache that keeps nothing (property)", () => {
    fc.assert(
      fc.property(
        fc.array(batchTicketArb, { minLength: 1, maxLength: 8 }),
        fc.array(batchTicketArb, { maxLength: 8 }),
        fc.oneof(asOfArb, dayBetween("2024-06-01", "2024-12-31")),
        portalOptionsArb,
        fc.constantFrom(1, 5, 50, 200_000),
        (batch, before, asOf, options, limit) => {
          let reused: DatesCache | undefined;
          const shared = parsedTicketEvaluator({ asOf, options }, "test", (o) => {
            reused = new DatesCache(o, limit);
            return reused;
          });
          for (const t of before) shared(t);
          const withReused = batch.map(shared);
          // The reference keeps nothing: every date computed afresh.
          const withFresh = batch.map(parsedTicketEvaluator({ asOf, options }, "test", (o) => new DatesCache(o, 0)));
          expect(withReused).toEqual(withFresh);
          // And the cache shared between calls (the default) agrees too.
          expect(batch.map(parsedTicketEvaluator({ asOf, options }))).toEqual(withFresh);
          expect(reused).toBeDefined();
        },
      ),
      { numRuns: 300 },
    );
  });
  it("stays bounded: a full cache starts again empty", () => {
    const evaluate = parsedTicketEvaluator({ asOf: "2025-12-31" }, "test", (o) => new DatesCache(o, 10));
    const tickets = fc.sample(richTicketArb, { numRuns: 200, seed: 3 });
    const fresh = tickets.map(parsedTicketEvaluator({ asOf: "2025-12-31" }, "test", (o) => new DatesCache(o, 0)));
    expect(tickets.map(evaluate)).toEqual(fresh);
  });
  it("a reused evaluator (other tickets, options and calendars in between) answers as a fresh one and as evaluateTicket (property)", () => {
    // A calendar with closures where the generated tickets' deadlines fall (2024-06 … 2024-08).
    const closures = ["2024-06-28", "2024-07-05", "2024-07-22", "2024-08-02"].map((date) => ({
      date: date as IsoDate,
      name: "Closure",
    }));
    const calendars = [illinoisStateCalendar(), createCalendar({ base: illinoisStateCalendar(), add: closures })];
    const otherArb = fc.tuple(batchTicketArb, portalOptionsArb, fc.constantFrom(0, 1));
    fc.assert(
      fc.property(
        fc.array(batchTicketArb, { minLength: 1, maxLength: 6 }),
        fc.array(fc.tuple(batchTicketArb, otherArb), { maxLength: 6 }),
        fc.oneof(asOfArb, dayBetween("2024-06-01", "2024-12-31")),
        portalOptionsArb,
        fc.constantFrom(0, 1),
        (batch, before, asOf, options, c) => {
          const settings = { asOf, options, calendar: calendars[c] };
          const reused = createTicketEvaluator(settings);
          for (const [ticket, [other, otherOptions, k]] of before) {
            reused.evaluate(ticket);
            createTicketEvaluator({ asOf, options: otherOptions, calendar: calendars[k] }).evaluate(other);
          }
          const fresh = batch.map((t) => createTicketEvaluator(settings).evaluate(t));
          expect(batch.map((t) => reused.evaluate(t))).toEqual(fresh);
          expect(batch.map((t) => evaluateTicket(t, settings))).toEqual(fresh);
          expect(reused.evaluateMany(batch)).toEqual(fresh);
          expect(evaluateTickets(batch, settings)).toEqual(fresh);
        },
      ),
      { numRuns: 150 },
    );
  });
});
