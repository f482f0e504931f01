// The helpers that now check their arguments (principle 6): a bad argument is a RuleInputError
// naming it, never echoing the value; a good one gives the result it gave before. And the
// library's own helpers taken off the public entry stay off it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import * as api from "../../src/internal.js";
import { compareWebcmEvents } from "../../src/api/operations/webcm-runs.js";
import {
  contactIssues,
  evaluateParsedTicket,
  evaluateStandards,
  fineNotice,
  performanceReport,
  proposalFindings,
  quarterlyReportDueDates,
  reportingQuarter,
  RuleInputError,
  sortWebcmEvents,
  statisticsRecord,
  submissionWindow,
  type TicketInput,
  type WebcmEvent,
} from "../../src/internal.js";
import { countTickets, median } from "../../src/api/operations/statistics-runs.js";
import { parseRuleTable, runCase, runRuleTable } from "../../src/rule-tables/index.js";
import { TicketSchema } from "../../src/schemas.js";

const CANARY = "ZZCANARY-370046520";
const TICKETS = JSON.parse(
  readFileSync(join(import.meta.dirname, "..", "..", "examples/data/tickets.json"), "utf8"),
) as TicketInput[];

function rejection(run: () => unknown): RuleInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof RuleInputError) return error;
    throw error;
  }
  throw new Error("accepted");
}

describe("helpers off the public entry", () => {
  it.each([
    "matchExpected",
    "compareTicketEvents",
    "sortTicketEvents",
    "fineDateOf",
    "monthFacts",
    "share",
    "compareShare",
  ])("%s is not exported", (name) => {
    expect(name in api).toBe(false);
  });
});

describe("rule tables", () => {
  it("a YAML syntax error says where, not what the text is", () => {
    const error = rejection(() => parseRuleTable(`cases: [ { name: "${CANARY}"`, "mine.yaml"));
    expect(error.message).toMatch(/^rule table mine\.yaml: text: not valid YAML: .* at line 1, column \d+/);
    expect(error.message).not.toContain(CANARY);
  });
  it("a YAML warning (an unknown tag) is a RuleInputError saying where; nothing reaches stderr", () => {
    // The yaml package writes its warnings to stderr through process.emitWarning, source line included.
    const warnings: unknown[] = [];
    const listen = (warning: unknown) => warnings.push(warning);
    process.on("warning", listen);
    const emit = vi.spyOn(process, "emitWarning");
    try {
      const error = rejection(() => parseRuleTable(`cases:\n  - name: !!foo ${CANARY}\n`, "mine.yaml"));
      expect(error.message).toMatch(
        /^rule table mine\.yaml: text: not valid YAML: TAG_RESOLVE_FAILED at line 2, column \d+/,
      );
      expect(error.message).not.toContain(CANARY);
      expect(emit).not.toHaveBeenCalled();
    } finally {
      emit.mockRestore();
      process.off("warning", listen);
    }
    expect(warnings).toEqual([]);
  });
  it("a row or table that is not one is refused; a kind that is an Object property is unknown", () => {
    expect(rejection(() => runCase({ cases: [] } as never, null as never)).message).toMatch(/row/);
    expect(rejection(() => runRuleTable({ rule: 5, cases: [] } as never)).message).toMatch(
      /table\.rule: expected text/,
    );
    expect(rejection(() => runRuleTable({ cases: "x" } as never)).message).toMatch(/table\.cases: expected a list/);
    const table = parseRuleTable(
      "rule: CAL-ROLL-FORWARD\ncases:\n  - { name: n, kind: constructor, input: {}, expected: { a: 1 } }\n",
      "t.yaml",
    );
    expect(runRuleTable(table)[0]?.diffs).toEqual(['unknown kind "constructor"']);
  });
  it("an expected value JSON cannot write is reported, not thrown", () => {
    const expected: unknown = 5n;
    const [result] = runRuleTable({
      cases: [{ rule: "CAL-ROLL-FORWARD", kind: "isIsoDate", name: "n", input: { value: "2024-01-01" }, expected }],
    });
    expect(result?.passed).toBe(false);
    expect(result?.diffs[0]).toContain("(a BigInt)");
  });
});

describe("portal", () => {
  it("fineNotice checks the fine", () => {
    expect(fineNotice({ ticketNumber: "T-1", dueDate: "2024-03-04" as never, amountCents: 500000 }).subject).toContain(
      "T-1",
    );
    expect(
      rejection(() => fineNotice({ ticketNumber: "  ", dueDate: "2024-03-04" as never, amountCents: 500000 })).message,
    ).toMatch(/fine\.ticketNumber/);
    expect(
      rejection(() => fineNotice({ ticketNumber: "T-1", dueDate: CANARY as never, amountCents: 500000 })).message,
    ).not.toContain(CANARY);
    expect(
      rejection(() => fineNotice({ ticketNumber: "T-1", dueDate: "2024-03-04" as never, amountCents: 0 })).message,
    ).toMatch(/fine\.amountCents/);
  });
  it("proposalFindings takes only a proposal", () => {
    const proposal = {
      type: "proposal submitted",
      date: "2024-07-01",
      plan: "Pay the claim",
      resolutionPeriod: null,
      contact: { name: "A B", phone: "312-555-0142", email: "a@b.example" },
      checkboxes: { upheld: true, overturned: false },
    };
    expect(proposalFindings(proposal as never)).toEqual([]);
    expect(
      rejection(() => proposalFindings({ type: "presented to MCO", date: "2024-01-02" } as never)).message,
    ).toMatch(/proposal\.type/);
    const long = proposalFindings({
      ...proposal,
      contact: { ...proposal.contact, email: `${CANARY} `.repeat(500) },
    } as never);
    expect(long.map((f) => f.code)).toEqual(["proposal-contact-email-invalid"]);
    expect(long[0]?.message.length).toBeLessThan(120);
  });
  it("submissionWindow checks the facts and the choice of start", () => {
    const facts = {
      internalDispute: { submittedToMcoOn: "2024-05-01", trackingNumber: "A-1", trackingNumberIssuedOn: "2024-05-02" },
      portalSubmittedOn: "2024-06-01",
    } as never;
    expect(submissionWindow(facts).timing).toBe("timely");
    expect(rejection(() => submissionWindow(facts, { submissionWindowStart: "tomorrow" } as never)).message).toMatch(
      /submissionWindowStart/,
    );
    expect(
      rejection(() => submissionWindow({ internalDispute: {}, portalSubmittedOn: "2024-06-01" } as never)).message,
    ).toMatch(/submittedToMcoOn/);
  });
});

describe("WebCM", () => {
  const events = [
    { type: "manual alternate contact", date: "2024-03-13", contact: { name: "Bo Chan" } },
    { type: "file transfer", date: "2024-03-13", contact: { name: "Ann Lee" } },
  ] as WebcmEvent[];
  it("sortWebcmEvents returns the caller's events in order, and refuses an unreadable one by its index", () => {
    const sorted = sortWebcmEvents(events);
    expect(sorted[0]).toBe(events[1]);
    expect(
      rejection(() => sortWebcmEvents([events[0], { type: "file transfer", date: CANARY }] as never)).message,
    ).toMatch(/events\[1\]/);
    expect(compareWebcmEvents(events[1] as WebcmEvent, events[0] as WebcmEvent)).toBeLessThan(0);
  });
  it("contactIssues checks the contact", () => {
    expect(contactIssues({ name: "Ann Lee", email: "ann@x.example", telephone: "312-555-0142" })).toEqual([]);
    expect(rejection(() => contactIssues({ name: 5 } as never)).message).toMatch(/name/);
  });
});

describe("spenddown", () => {
  it("quarterlyReportDueDates refuses a quarter whose days are not its own", () => {
    const quarter = reportingQuarter(2025, 1);
    expect(quarterlyReportDueDates(quarter).reports[0]?.dueDate).toBe("2024-11-01");
    expect(rejection(() => quarterlyReportDueDates({ ...quarter, lastDay: "2025-12-31" as never })).message).toMatch(
      /quarter: expected a reporting quarter/,
    );
    expect(rejection(() => quarterlyReportDueDates({ ...quarter, quarter: 5 })).message).toMatch(/quarter\.quarter/);
  });
  it("evaluateStandards checks the report and gives what it gave", () => {
    const report = performanceReport({ provider: "P", fiscalYear: 2025, quarter: 1, members: [] });
    expect(evaluateStandards(report).allMet).toBeNull();
    expect(rejection(() => evaluateStandards({ ...report, measures: [{ key: "1" }] } as never)).message).toMatch(
      /report\.measures\[0\]/,
    );
    expect(rejection(() => evaluateStandards({ ...report, memberCount: -1 })).message).toMatch(/report\.memberCount/);
  });
});

describe("portal statistics", () => {
  it("median and countTickets check their lists", () => {
    expect(median([3, 1, 2, 10])).toBe(2.5);
    expect(rejection(() => median([1, Number.NaN])).message).toMatch(/values\[1\]: expected a number, got NaN/);
    expect(countTickets([]).total).toBe(0);
    expect(rejection(() => countTickets([{}] as never)).message).toMatch(/countTickets/);
  });
  it("statisticsRecord refuses an evaluation of another ticket", () => {
    const [a, b] = TICKETS.map((t) => TicketSchema.parse(t));
    if (!a || !b) throw new Error("two tickets expected");
    const evaluation = evaluateParsedTicket(a, { asOf: "2024-12-31" });
    expect(statisticsRecord(a, evaluation).ticketNumber).toBe(a.ticketNumber);
    expect(rejection(() => statisticsRecord(b, evaluation)).message).toMatch(
      /evaluation\.ticketNumber: the evaluation is of another ticket/,
    );
    expect(rejection(() => statisticsRecord(a, { ...evaluation, deadlines: null } as never)).message).toMatch(
      /evaluation\.deadlines/,
    );
  });
});

describe("counts are singular for one", () => {
  it("countText", async () => {
    const { countText } = await import("../../src/core/describe-value.js");
    expect([0, 1, -1, 2, 1000].map((n) => countText(n, "day"))).toEqual([
      "0 days",
      "1 day",
      "-1 day",
      "2 days",
      "1,000 days",
    ]);
  });
  it("no message of the library says '1 days' or 'day(s)'", async () => {
    const { readdirSync, readFileSync: read } = await import("node:fs");
    const files = readdirSync(join(import.meta.dirname, "..", "..", "src"), {
      recursive: true,
      encoding: "utf8",
    }).filter((f) => f.endsWith(".ts"));
    const offending = files.filter((f) =>
      /day\(s\)|\$\{[^}]*\} days (late|overdue|past)/.test(
        read(join(import.meta.dirname, "..", "..", "src", f), "utf8"),
      ),
    );
    expect(offending).toEqual([]);
  });
});

describe("a valid ticket at the ends of the supported range", () => {
  it("has a timeline page (the margin stops at 1900-01-01 and 2199-12-31)", async () => {
    const { illinoisStateCalendar, ticketTimeline, timelinePage } = await import("../../src/index.js");
    const [sample] = TICKETS;
    const early = { ...sample, portalSubmittedOn: "1900-01-01" } as TicketInput;
    const late = {
      ...sample,
      portalSubmittedOn: "2198-12-31",
      internalDispute: {
        ...sample?.internalDispute,
        submittedToMcoOn: "2198-11-15",
        trackingNumberIssuedOn: "2198-11-16",
      },
      events: [],
    } as TicketInput;
    for (const [ticket, asOf] of [
      [early, "2024-07-10"],
      [late, "2199-12-31"],
    ] as const) {
      const timeline = ticketTimeline(ticket, { asOf, project: true });
      expect(timelinePage([timeline], { asOf, calendar: illinoisStateCalendar() })).toContain("<svg");
    }
  });
});

describe("the fast paths for parsed tickets", () => {
  it("a ticket that is not parsed is a RuleInputError naming the field, and a batch goes on", async () => {
    const { evaluateTickets, isInvalidInput } = await import("../../src/index.js");
    const good = TicketSchema.parse(TICKETS[0]);
    const bad = { ...good, events: null } as never;
    expect(rejection(() => evaluateParsedTicket(bad, { asOf: "2024-07-10" })).message).toMatch(/events: /);
    const results = evaluateTickets([good, bad, good], { asOf: "2024-07-10", validate: false, onError: "collect" });
    expect(results.map((r) => isInvalidInput(r))).toEqual([false, true, false]);
  });
  it("deepFreeze of a value whose getter throws is a RuleInputError", async () => {
    const { deepFreeze } = await import("../../src/internal.js");
    const value = Object.defineProperty({}, "x", {
      enumerable: true,
      get: () => {
        throw new TypeError("boom");
      },
    });
    expect(rejection(() => deepFreeze(value)).message).toBe(
      "deepFreeze: value: could not be frozen: a property could not be read",
    );
  });
});
