// compareEvaluations and interpretationsReport on the shipped samples and on cases written for
// one rule each (docs/what-if.md): what moves, in the results' words.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  compareEvaluations,
  createCalendar,
  deadlineImpact,
  illinoisStateCalendar,
  interpretationsReport,
  parseIsoDate,
  RuleInputError,
} from "../../src/index.js";
import { sampleInputs } from "./samples.js";

const asOf = "2024-09-01";
/** A fine overdue on 2024-03-29 (2024-Q1) and issued on 2024-04-02 (2024-Q2): open point 6 decides its quarter. */
const FINE_OVERDUE_IN_Q1 = {
  ticketNumber: "T-1",
  mco: "Meridian",
  dueDate: "2024-03-28",
  overdueOn: "2024-03-29",
  issuedOn: "2024-04-02",
  amountCents: 500000,
};

describe("compareEvaluations", () => {
  it("the MCO's clock from the portal receipt (open point 4) moves PRP-2024-0614's proposal 15 days earlier", () => {
    const after = { options: { portal: { mcoClockStart: "portal-receipt" } } };
    const comparison = compareEvaluations({ tickets: sampleInputs().tickets }, { asOf, after });
    expect(comparison.cases.portal).toBe(4);
    const ticket = comparison.differences.find((d) => d.case === "PRP-2024-0614");
    const proposal = ticket?.changes.find((c) => c.ruleId === "PORTAL-PROPOSAL-DUE");
    expect(proposal).toMatchObject({
      change: "changed",
      fact: "deadline",
      what: "proposal (MCO)",
      before: { date: "2024-07-05", status: "missed" },
      after: { date: "2024-06-20", status: "missed" },
      daysMoved: -15,
    });
    expect(ticket?.changes).toContainEqual(
      expect.objectContaining({ change: "added", fact: "finding", what: "info-request-late" }),
    );
  });
  it("the window counted from the submission to the MCO (open point 1) reopens a ticket closed premature, and fines it", () => {
    const [first] = (sampleInputs().tickets ?? []) as { internalDispute: object }[];
    // Submitted to the MCO 32 days before the portal, its tracking number issued 25 days before.
    const dispute = { ...first?.internalDispute, submittedToMcoOn: "2024-04-18", trackingNumberIssuedOn: "2024-04-25" };
    const after = { options: { portal: { submissionWindowStart: "submitted-to-mco" } } };
    const [ticket] = compareEvaluations(
      { tickets: [{ ...first, internalDispute: dispute }] },
      { asOf, after },
    ).differences;
    const of = (fact: string, change: string) => ticket?.changes.filter((c) => c.fact === fact && c.change === change);
    expect(of("status", "changed")).toEqual([
      expect.objectContaining({
        before: expect.objectContaining({ status: "closed" }),
        after: expect.objectContaining({ status: "with MCO" }),
      }),
    ]);
    expect(of("finding", "removed")?.map((c) => c.what)).toContain("closed-premature");
    expect(of("fine", "added")).toEqual([
      expect.objectContaining({ ruleId: "PORTAL-FINE", after: expect.objectContaining({ amount: 500000 }) }),
    ]);
  });
  it("a proposed 45-day proposal period from 2027-01-01 (caller rule versions) changes only tickets filed from then", () => {
    const tickets = JSON.parse(readFileSync("examples/data/tickets-2027.json", "utf8")) as unknown[];
    const rules = [
      { ruleId: "PORTAL-PROPOSAL-DUE", effectiveFrom: "2027-01-01", parameters: { days: 45 }, basis: "a proposal" },
    ];
    const { differences, errors } = compareEvaluations({ tickets }, { asOf: "2027-03-10", after: { rules } });
    expect(errors).toEqual([]);
    expect(differences.map((d) => d.case)).toEqual(["PRP-2027-0104", "PRP-2027-0111"]);
    const fine = differences[1]?.changes.find((c) => c.fact === "fine");
    expect(fine).toMatchObject({ change: "removed", ruleId: "PORTAL-FINE" });
  });
  it("a fine dated by its overdue day (open point 6) moves between notices: both notices change", () => {
    const fines = [
      FINE_OVERDUE_IN_Q1,
      {
        ticketNumber: "T-2",
        mco: "Meridian",
        dueDate: "2024-05-01",
        overdueOn: "2024-05-02",
        issuedOn: "2024-05-03",
        amountCents: 500000,
      },
    ];
    const after = { options: { sanctions: { fineDateBasis: "overdue" } } };
    const { differences } = compareEvaluations({ fines }, { asOf, after });
    const notices = differences.flatMap((d) => d.changes.filter((c) => c.fact === "notice").map((c) => [d.case, c]));
    expect(notices).toEqual([
      [
        "notice to Meridian 2024-Q1",
        expect.objectContaining({ change: "added", after: expect.objectContaining({ amount: 500000 }) }),
      ],
      [
        "notice to Meridian 2024-Q2",
        expect.objectContaining({
          change: "changed",
          before: expect.objectContaining({ amount: 1000000 }),
          after: expect.objectContaining({ amount: 500000 }),
        }),
      ],
    ]);
  });
  it("a calendar change: every deadline deadlineImpact moves is a moved deadline of compareEvaluations", () => {
    const before = illinoisStateCalendar();
    const after = createCalendar({ base: before, add: [{ date: parseIsoDate("2024-07-05"), name: "Office closure" }] });
    const tickets = sampleInputs().tickets ?? [];
    const moved = deadlineImpact(tickets, { asOf: "2024-07-10", before, after });
    const compared = compareEvaluations(
      { tickets },
      { asOf: "2024-07-10", before: { calendar: before }, after: { calendar: after } },
    );
    expect(moved.length).toBeGreaterThan(0);
    for (const m of moved) {
      const d = compared.differences.find((x) => x.case === m.ticketNumber);
      expect(d?.changes).toContainEqual(
        expect.objectContaining({
          fact: "deadline",
          ruleId: m.ruleId,
          before: expect.objectContaining({ date: m.before?.dueDate, status: m.before?.status }),
          after: expect.objectContaining({ date: m.after?.dueDate, status: m.after?.status }),
          daysMoved: m.daysMoved,
        }),
      );
    }
  });
  it("a case the library refuses is an error of its own, named by position, with no member value", () => {
    const [good] = sampleInputs().tickets ?? [];
    const bad = {
      ...(good as object),
      members: [{ name: "Zelda Quartermain", recipientId: "987654321" }],
      events: [{ type: "nope" }],
    };
    const comparison = compareEvaluations(
      { tickets: [good, bad] },
      { asOf, after: { options: { portal: { unstatedRoll: "forward" } } } },
    );
    expect(comparison.cases.portal).toBe(1);
    expect(comparison.errors.map((e) => [e.area, e.index])).toEqual([["portal", 1]]);
    const text = JSON.stringify(comparison);
    expect(text).not.toContain("Zelda");
    expect(text).not.toContain("987654321");
  });
  it("a bad fine is an error of its own, by position; the notices of the other fines are compared", () => {
    const fines = [FINE_OVERDUE_IN_Q1, { ticketNumber: 5, mco: "Meridian" }];
    const after = { options: { sanctions: { fineDateBasis: "overdue" } } };
    const comparison = compareEvaluations({ fines }, { asOf, after });
    expect(comparison.errors.map((e) => [e.area, e.index])).toEqual([["sanctions", 1]]);
    expect(comparison.differences.map((d) => d.case)).toEqual([
      "notice to Meridian 2024-Q1",
      "notice to Meridian 2024-Q2",
    ]);
  });
  it("names no member in a difference: WebCM cases by position and MCO, paths by keys and positions", () => {
    const after = { options: { webcm: { unstatedRoll: "forward" } } };
    const { webcmMembers } = sampleInputs();
    const text = JSON.stringify(compareEvaluations({ webcmMembers }, { asOf, after }));
    expect(text).toContain("WebCM member 3 (Meridian)");
    for (const h of webcmMembers as { member: string }[]) expect(text).not.toContain(h.member);
    expect(text).not.toMatch(/Ann Lee|Bo Chan|@/);
  });
  it("a bad setting is a RuleInputError naming it, never its value", () => {
    const getter = Object.defineProperty({}, "calendar", { get: () => illinoisStateCalendar(), enumerable: true });
    expect(() => compareEvaluations({}, { asOf, before: getter })).toThrow(RuleInputError);
    expect(() => compareEvaluations({}, { asOf, before: getter })).toThrow(/settings\.before\.calendar/);
    expect(() => compareEvaluations({ tickets: "T-1" as never }, { asOf })).toThrow(/inputs\.tickets: expected a list/);
    expect(() => compareEvaluations({}, { asOf: "2024-13-01" })).toThrow(/settings\.asOf/);
  });
});

describe("interpretationsReport", () => {
  it("tries every alternative of the points the inputs touch, and lists the others with why", () => {
    const report = interpretationsReport({ tickets: sampleInputs().tickets }, { asOf });
    const row = (option: string, alternative: string) =>
      report.alternatives.find((a) => a.option === option && a.alternative === alternative);
    expect(row("mcoClockStart", "portal-receipt")).toMatchObject({
      number: 4,
      areas: ["portal"],
      cases: 4,
      changed: 2,
    });
    expect(row("mcoClockStart", "presentation-only")).toMatchObject({ cases: 4, changed: 0, differences: [] });
    expect(row("fineDateBasis", "overdue")).toBeUndefined();
    expect(report.untouched).toContainEqual({
      number: 6,
      option: "fineDateBasis",
      reason: "no input of the areas it applies to",
    });
    expect(report.untouched).toContainEqual(expect.objectContaining({ number: 14, option: "paymentDueDate" }));
  });
  it("leaves open point 12 aside when the caller's own calendar is in force", () => {
    const calendar = createCalendar({ name: "A plan calendar", version: "1", provenance: "the test", holidays: [] });
    const report = interpretationsReport({ tickets: sampleInputs().tickets }, { asOf, calendar });
    expect(report.alternatives.map((a) => a.option)).not.toContain("juneteenth2022");
    expect(report.untouched).toContainEqual({
      number: 12,
      option: "juneteenth2022",
      reason: "a calendar of the caller's is in force",
    });
  });
});
