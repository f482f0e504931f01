// finesOf: ticket evaluations → the fines sanctionNotices takes (PORTAL-FINE → SANCTION-NOTICE-ONLY-IF-FINED).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluateSanctionNotices, evaluateTickets, finesOf, sanctionNotices } from "../../src/internal.js";

const tickets = JSON.parse(readFileSync(new URL("../../examples/data/tickets.json", import.meta.url), "utf8"));

describe("finesOf", () => {
  it("gives each overdue ticket's fine, in the shape sanctionNotices takes", () => {
    const evaluations = evaluateTickets(tickets, { asOf: "2024-12-31" });
    const fines = finesOf(evaluations);
    expect(fines).toEqual(evaluations.flatMap((e) => (e.fine ? [e.fine] : [])));
    expect(fines.length).toBeGreaterThan(0);
    const notices = sanctionNotices(fines).notices;
    expect(notices.reduce((n, x) => n + x.count, 0)).toBe(fines.length);
    expect(evaluateSanctionNotices({ fines }, { asOf: "2024-12-31" }).notices).toHaveLength(notices.length);
  });
  it("skips the invalid entries of a collecting batch; anything else is a RuleInputError naming it", () => {
    const evaluations = evaluateTickets([{ ticketNumber: "X" }, ...tickets], {
      asOf: "2024-12-31",
      onError: "collect",
    });
    expect(finesOf(evaluations)).toHaveLength(finesOf(evaluateTickets(tickets, { asOf: "2024-12-31" })).length);
    expect(() => finesOf([{ ticketNumber: "T" }])).toThrow(/evaluations\[0\]/);
    expect(() => finesOf([{ fine: 5 }])).toThrow(/evaluations\[0\]\.fine/);
  });
});
