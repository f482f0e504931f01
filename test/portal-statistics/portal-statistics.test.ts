// portalStatistics on the fixed tickets of the rule table: order does not matter, counts add up,
// and the fines agree with the sanction notices.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  evaluateParsedTicket,
  evaluateTickets,
  portalStatistics,
  sanctionNotices,
  statisticsRecord,
  type TicketInput,
} from "../../src/internal.js";
import { TicketSchema } from "../../src/schemas.js";

import { CLEAN_INTAKE_FACTS as CLEAN } from "../../src/rule-tables/cases/portal.js";
const table = parse(readFileSync(join(import.meta.dirname, "..", "rule-tables", "portal-statistics.yaml"), "utf8"));
const tickets: TicketInput[] = table.cases[0].input.tickets.map((t: object) => ({ ...CLEAN, ...t }));
const asOf = "2024-09-30";

describe("portalStatistics on evaluated tickets", () => {
  it("does not depend on the order of the tickets, for any grouping", () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(tickets, { minLength: tickets.length, maxLength: tickets.length }),
        fc.subarray(["mco", "program", "providerType"] as const),
        fc.boolean(),
        (shuffled, groupBy, byQuarter) => {
          const settings = { asOf, options: { groupBy: [...groupBy], byQuarter } };
          const s = portalStatistics(shuffled, settings);
          expect(s).toEqual(portalStatistics(tickets, settings));
          for (const g of [s.overall, ...s.groups]) expect(g.open + g.closed).toBe(g.total);
          expect(s.groups.reduce((n, g) => n + g.total, 0)).toBe(s.overall.total);
        },
      ),
      { numRuns: 30 },
    );
  });
  it("counts the same fines the sanction notices list", () => {
    const stats = portalStatistics(tickets, { asOf, options: { groupBy: ["mco"] } });
    const fines = evaluateTickets(tickets, { asOf }).flatMap((e) => (e.fine ? [e.fine] : []));
    const notices = sanctionNotices(fines).notices;
    expect(notices.reduce((n, x) => n + x.count, 0)).toBe(stats.overall.fines);
    expect(notices.reduce((n, x) => n + x.totalCents, 0)).toBe(stats.overall.sanctionTotalCents);
  });
  it("is plain JSON", () => {
    const s = portalStatistics(tickets, { asOf, options: { byQuarter: true } });
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });
  it("rejects a bad ticket naming the field", () => {
    expect(() => portalStatistics([{ ...tickets[0], portalSubmittedOn: "2024-02-30" }], { asOf })).toThrow(
      /portalSubmittedOn/,
    );
  });
  it("leaves out a ticket submitted after asOf and names it; statisticsRecord refuses its evaluation", () => {
    const later = TicketSchema.parse({ ...tickets[0], ticketNumber: "LATER-1", portalSubmittedOn: "2024-10-01" });
    const s = portalStatistics([...tickets, later], { asOf });
    expect(s.submittedAfterAsOf).toEqual(["LATER-1"]);
    expect(s.overall).toEqual(portalStatistics(tickets, { asOf }).overall);
    const evaluation = evaluateParsedTicket(later, { asOf });
    expect(evaluation.status).toBe("not yet submitted");
    expect(() => statisticsRecord(later, evaluation)).toThrow(
      /evaluation\.status: ticket LATER-1 was submitted 2024-10-01.*PORTAL-STATISTICS/,
    );
  });
});
