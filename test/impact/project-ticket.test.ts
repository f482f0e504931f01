// projectTicket: the deadlines that exist as of asOf and the ones that will follow, each under
// its condition, read from evaluateTicket on hypothetical continuations.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addCalendarDays,
  evaluateTicket,
  getRule,
  projectTicket,
  RuleInputError,
  type Ticket,
} from "../../src/index.js";
import { ticketArb } from "../portal/arbitraries.js";

const ROOT = join(import.meta.dirname, "..", "..");
const samples = JSON.parse(readFileSync(join(ROOT, "examples", "data", "tickets.json"), "utf8")) as Ticket[];
const fresh: Ticket = {
  ...(samples[0] as Ticket),
  ticketNumber: "NEW-1",
  portalSubmittedOn: "2024-05-20" as Ticket["portalSubmittedOn"],
  events: [],
};

const PRESENTED = "if the Portal Team presents the ticket to the MCO on its due date";
const PROPOSAL = "if the proposal is submitted on its due date";
const CONTESTED = "if the provider contests on the last day";
const EXTENSION = "if HFS approves an extension requested on the last allowed day";

describe("projectTicket: a freshly filed ticket", () => {
  const p = projectTicket(fresh, { asOf: "2024-05-20" });
  const find = (name: string, conditions: string[]) =>
    p.projected.find((d) => d.name === name && d.conditions.join("|") === conditions.join("|"));

  it("keeps what exists as of asOf: the presentation and the proposal counted from the portal receipt", () => {
    expect(p.existing.map((d) => [d.name, d.dueDate, d.status])).toEqual([
      ["present to MCO", "2024-06-04", "open"],
      ["proposal", "2024-06-20", "open"],
    ]);
  });

  it("lists the proposal, contest and HFS review deadlines with their conditions", () => {
    expect(find("proposal", [PRESENTED])).toMatchObject({
      party: "MCO",
      dueDate: "2024-07-05",
      status: "projected",
      ruleId: "PORTAL-PROPOSAL-DUE",
    });
    expect(find("contest", [PRESENTED, PROPOSAL])).toMatchObject({
      party: "provider",
      dueDate: "2024-07-12",
      condition: `${PRESENTED}, and ${PROPOSAL}`,
    });
    expect(find("HFS review request", [PRESENTED, PROPOSAL, CONTESTED])).toMatchObject({
      party: "provider",
      dueDate: "2024-08-11",
    });
    expect(
      find("evidence", [PRESENTED, PROPOSAL, CONTESTED, "if the provider requests HFS review on the last day"]),
    ).toMatchObject({ dueDate: "2024-09-10" });
  });

  it("lists the extended proposal under the extension, and what follows it", () => {
    const extended = find("extended proposal", [PRESENTED, EXTENSION]);
    expect(extended).toMatchObject({ ruleId: "PORTAL-EXTENSION-DUE", dueDate: "2024-08-05" });
    expect(extended?.assumedEvents.map((e) => [e.type, e.date])).toEqual([
      ["presented to MCO", "2024-06-04"],
      ["extension requested", "2024-06-27"],
      ["extension decision", "2024-06-27"],
    ]);
    expect(
      find("contest", [PRESENTED, EXTENSION, "if the extended proposal is submitted on its due date"])?.dueDate,
    ).toBe("2024-08-12");
  });

  it("explains each projected date", () => {
    for (const d of p.projected) {
      // The projected deadline carries the rule ID, once (its lean explanation does not repeat it).
      expect(d.explanation.ruleId).toBeUndefined();
      expect(getRule(d.ruleId).id).toBe(d.ruleId);
      expect(d.explanation.result).toBe(d.dueDate);
      expect(d.assumedEvents.every((e) => e.note?.startsWith("projected"))).toBe(true);
    }
  });

  it("record events dated after asOf are not known: the projection goes from what is", () => {
    const p3 = projectTicket(samples[2], { asOf: "2024-07-10" });
    expect(p3.projected.map((d) => [d.name, d.party, d.dueDate])).toEqual([
      ["evidence", "MCO", "2024-09-06"],
      ["evidence", "provider", "2024-09-06"],
    ]);
  });

  it("bad input is a RuleInputError naming it", () => {
    expect(() => projectTicket({ ticketNumber: "T" }, { asOf: "2024-05-20" })).toThrow(RuleInputError);
    expect(() => projectTicket(fresh, { asOf: "20240520" })).toThrow(/settings\.asOf/);
    expect(() => projectTicket(fresh, { asOf: "2024-05-20", calendar: {} as never })).toThrow(/settings\.calendar/);
  });
});

/** A sample ticket moved by `days` (every date), with only its first `keep` events. */
function shifted(sample: Ticket, days: number, keep: number): Ticket {
  const move = <D extends string>(d: D) => addCalendarDays(d as never, days) as unknown as D;
  const dispute = sample.internalDispute;
  return {
    ...sample,
    portalSubmittedOn: move(sample.portalSubmittedOn),
    internalDispute: {
      ...dispute,
      submittedToMcoOn: move(dispute.submittedToMcoOn),
      trackingNumberIssuedOn: dispute.trackingNumberIssuedOn === null ? null : move(dispute.trackingNumberIssuedOn),
      resolution: dispute.resolution
        ? { ...dispute.resolution, date: move(dispute.resolution.date) }
        : (dispute.resolution ?? null),
    },
    members: [],
    events: sample.events.slice(0, keep).map((e) => ({ ...e, date: move(e.date) })),
  };
}
const movedSample = fc
  .tuple(
    fc.constantFrom(samples[0] as Ticket, samples[2] as Ticket),
    fc.integer({ min: -1500, max: 600 }),
    fc.nat({ max: 7 }),
  )
  .map(([sample, days, keep]) => shifted(sample, days, keep));
// asOf near the filing date, where the ticket has a future (from the day before the filing on).
const ticketAndAsOf = fc
  .oneof(ticketArb, movedSample)
  .chain((ticket) =>
    fc.integer({ min: -1, max: 100 }).map((n) => [ticket, addCalendarDays(ticket.portalSubmittedOn, n)] as const),
  );

describe("projectTicket properties", () => {
  const seen = { projected: 0, contest: 0, extended: 0 };
  it("every projected deadline is after asOf and is what evaluateTicket gives when the stated events happen", () => {
    fc.assert(
      fc.property(ticketAndAsOf, ([ticket, asOf]) => {
        const p = projectTicket(ticket, { asOf });
        seen.projected += p.projected.length;
        const known = ticket.events.filter((e) => e.date <= asOf);
        for (const d of p.projected) {
          expect(d.dueDate >= asOf).toBe(true);
          expect(d.dueDate >= d.evaluatedAsOf).toBe(true);
          for (const e of d.assumedEvents) expect(e.date >= asOf && e.date <= d.evaluatedAsOf).toBe(true);
          const then = evaluateTicket({ ...ticket, events: [...known, ...d.assumedEvents] }, { asOf: d.evaluatedAsOf });
          expect(then.deadlines.map((x) => [x.ruleId, x.name, x.party, x.dueDate, x.status])).toContainEqual([
            d.ruleId,
            d.name,
            d.party,
            d.dueDate,
            "open",
          ]);
        }
      }),
      { numRuns: 120 },
    );
  });

  it("a contest window follows a proposal submitted on its due date, and ends after it", () => {
    fc.assert(
      fc.property(ticketAndAsOf, ([ticket, asOf]) => {
        const p = projectTicket(ticket, { asOf });
        seen.extended += p.projected.filter((x) => x.name === "extended proposal").length;
        for (const d of p.projected.filter((x) => x.name === "contest")) {
          const proposal = [...d.assumedEvents].reverse().find((e) => e.type === "proposal submitted");
          expect(proposal).toBeDefined();
          expect(d.dueDate > (proposal?.date ?? "")).toBe(true);
          seen.contest++;
        }
      }),
      { numRuns: 120 },
    );
  });

  it("the properties above saw projections (they can fail)", () => {
    expect(seen.projected).toBeGreaterThan(50);
    expect(seen.contest).toBeGreaterThan(5);
    expect(seen.extended).toBeGreaterThan(5);
  });
});
