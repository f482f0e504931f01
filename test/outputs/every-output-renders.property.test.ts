// Every output accepts every value the library produces (issue 23, item 5): random valid inputs
// of every area (portal, WebCM, spenddown, sanctions) go through every format of the library
// (timeline SVG and HTML page, iCalendar, explanation text, work queue, the statistics report's
// page) and of the CLI, in process (JSON, NDJSON and table writers, the queue's table and CSV,
// the ticket command's projection view and its HTML document), and render without error. Each union of the
// vocabulary is then checked for coverage: every value the library can give was drawn at least
// once, so the property cannot pass by never meeting the value that would break an output.
import { Writable } from "node:stream";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { QUEUE_CSV, QUEUE_TABLE } from "../../src/cli/columns/queue-columns.js";
import { toCsv } from "../../src/cli/columns/csv.js";
import { evaluateView, TICKET_DOCUMENTS, viewColumns } from "../../src/cli/commands/ticket-views.js";
import type { RecordContext } from "../../src/cli/commands/records-command.js";
import { type Columns, createWriter, type OutputFormat, renderTable } from "../../src/cli/output.js";
import {
  AT_RISK_LEVELS,
  DEADLINE_STATUSES,
  type Deadline,
  deadlineEntries,
  evaluateContactDeadlines,
  evaluateProviderQuarter,
  evaluateSanctionNotices,
  evaluateTicket,
  explanationEntry,
  explanationText,
  type Finding,
  illinoisStateCalendar,
  type IsoDate,
  PARTIES,
  QUEUE_AREAS,
  QUEUE_STATUSES,
  SEVERITIES,
  statisticsReport,
  TICKET_STATUSES,
  TIMELINE_STATUSES,
  type TicketTimeline,
  type TimelineStatus,
  ticketTimeline,
  ticketTimelineSvg,
  timelinePage,
  toICalendar,
  workQueue,
} from "../../src/internal.js";
import { FindingSchema } from "../../src/findings/catalogue.js";
import { fineNoticeMessage } from "../../src/mail/fine-message.js";
import { TicketEventSchema } from "../../src/portal/schemas.js";
import { statisticsReportPageOf } from "../../src/portal-statistics/report-page.js";
import { sanctionNoticePageOf } from "../../src/sanction-notice/index.js";
import { PaymentDueDateSchema } from "../../src/sanctions/options-schema.js";
import { STATUS_LOOKS } from "../../src/timeline/status-look.js";
import { WebcmEventSchema } from "../../src/webcm/schemas.js";
import { portalCaseArb, sanctionsCaseArb, spenddownCaseArb, webcmCaseArb } from "./arbitraries.js";

const calendar = illinoisStateCalendar();
const RUNS = 100;
const statusesArb = fc.array(fc.constantFrom(...TIMELINE_STATUSES), { minLength: 1, maxLength: 4 });

/** What the generated cases drew, by union. */
const seen = {
  deadlineStatus: new Set<string>(),
  timelineStatus: new Set<string>(),
  ticketStatus: new Set<string>(),
  party: new Set<string>(),
  severity: new Set<string>(),
  ticketEvent: new Set<string>(),
  webcmEvent: new Set<string>(),
  queueStatus: new Set<string>(),
  atRisk: new Set<string>(),
  queueArea: new Set<string>(),
  paymentDueDate: new Set<string>(),
  fineMessage: new Set<string>(),
  statisticsReport: new Set<string>(),
};

function sawDeadlines(deadlines: readonly Deadline[]): void {
  for (const d of deadlines) {
    seen.deadlineStatus.add(d.status);
    seen.party.add(d.party);
    // The library's text of every explanation renders.
    expect(explanationText(d.explanation)).toContain(d.dueDate);
  }
}

function sawFindings(findings: readonly Finding[]): void {
  for (const f of findings) {
    seen.severity.add(f.severity);
    seen.party.add(f.party);
    // Every message of every area, as the one place of its kind writes it: valid against its
    // code's branch, and grammatical for a count of one ("1 day late", never "1 days late").
    expect(FindingSchema.safeParse(f).success, f.code).toBe(true);
    expect(f.message, f.code).not.toMatch(/(?<![\d,.])1 (business |calendar )?(day|month|fine|member|individual)s\b/);
  }
}

/** What a CLI writer writes for these results, in one format, collected. */
function written<T>(format: OutputFormat, results: readonly T[], columns: Columns<T>): string {
  const chunks: string[] = [];
  const out = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  const writer = createWriter(format, out, { command: "test" }, columns);
  for (const r of results) writer.write(r);
  writer.end([], { records: results.length });
  return chunks.join("");
}

/** Every CLI record format (json, ndjson, table) renders the results, and the JSON ones parse back. */
function everyCliFormat<T>(results: readonly T[], columns: Columns<T>): void {
  const json = JSON.parse(written("json", results, columns)) as { results: unknown[] };
  expect(json.results).toHaveLength(results.length);
  const lines = written("ndjson", results, columns).split("\n").filter(Boolean);
  expect(lines.map((l) => JSON.parse(l))).toHaveLength(results.length);
  const table = written("table", results, columns);
  expect(table.split("\n").length).toBeGreaterThanOrEqual(results.length + 3);
}

/** The work queue of some results, through the library and every format of the `queue` command. */
function queueOutputs(results: readonly unknown[], asOf: IsoDate): void {
  const { items } = workQueue(results, { asOf, calendar });
  for (const x of items) {
    seen.queueStatus.add(x.status);
    seen.atRisk.add(x.atRisk);
    seen.queueArea.add(x.area);
    seen.party.add(x.party);
  }
  const table = renderTable(
    QUEUE_TABLE.map(([h]) => h),
    items.map((x) => QUEUE_TABLE.map(([, cell]) => cell(x))),
  );
  expect(table.split("\n")).toHaveLength(items.length + 2);
  const csv = toCsv(
    QUEUE_CSV.map(([h]) => h),
    items.map((x) => QUEUE_CSV.map(([, cell]) => cell(x))),
  );
  expect(csv.length).toBeGreaterThan(0);
  everyCliFormat(items, QUEUE_TABLE);
  const entries = items.map((x, i) =>
    explanationEntry({ ruleId: x.ruleId, ...x.explanation }, `${x.subject.label}: ${x.name}`, ["q", String(i)]),
  );
  expect(toICalendar(entries, { name: "Work queue", asOf })).toContain("BEGIN:VCALENDAR");
}

/**
 * The SVG of a timeline whose deadlines carry the statuses given (in turn): a timeline is data a
 * caller may hand back, and a ticket's evaluation never gives some statuses (`not applicable` is
 * the spenddown's), yet the renderer takes every status of its type.
 */
function everyStatusSvg(timeline: TicketTimeline, statuses: readonly TimelineStatus[]): void {
  if (timeline.deadlines.length === 0) return;
  const deadlines = timeline.deadlines.map((d, i) => ({ ...d, status: statuses[i % statuses.length] ?? d.status }));
  const svg = ticketTimelineSvg({ ...timeline, deadlines }, calendar);
  // The page too: its overview lane and the ticket's detail show each status.
  const page = timelinePage([{ ...timeline, deadlines }], { asOf: timeline.asOf, calendar });
  for (const d of deadlines) {
    seen.timelineStatus.add(d.status);
    expect(svg).toContain(`data-status="${d.status}"`);
    expect(page).toContain(`<g class="deadline ${STATUS_LOOKS[d.status].cls}" data-status="${d.status}"`);
    expect(page).toContain(`<tr data-status="${d.status}">`);
  }
}

function portalOutputs(tickets: readonly unknown[], asOf: IsoDate, statuses: readonly TimelineStatus[]): void {
  const evaluations = tickets.map((t) => evaluateTicket(t as never, { asOf, calendar }));
  for (const e of evaluations) {
    seen.ticketStatus.add(e.status);
    sawDeadlines(e.deadlines);
    sawFindings(e.findings);
  }
  for (const t of tickets as { events: { type: string }[] }[]) for (const ev of t.events) seen.ticketEvent.add(ev.type);
  // Library: the timelines (existing and projected deadlines), each SVG, the page with the queue, the calendar.
  const timelines = tickets.map((t) => ticketTimeline(t, { asOf, calendar, project: true }));
  for (const tl of timelines) {
    const svg = ticketTimelineSvg(tl, calendar);
    for (const d of tl.deadlines) {
      seen.timelineStatus.add(d.status);
      expect(svg).toContain(`data-status="${d.status}"`);
    }
    everyStatusSvg(tl, statuses);
  }
  const { items } = workQueue(evaluations, { asOf, calendar });
  const page = timelinePage(timelines, { asOf, calendar, queue: items });
  expect(page).toMatch(/^<!DOCTYPE html>/);
  // One overview (its axis and its lanes), one lane and one detail per ticket, every status drawn.
  expect(page.match(/<svg /g)).toHaveLength(2);
  expect(page.match(/<g class="lane"/g) ?? []).toHaveLength(tickets.length);
  expect(page.match(/<section class="ticket"/g) ?? []).toHaveLength(tickets.length);
  for (const d of timelines.flatMap((t) => t.deadlines)) expect(page).toContain(`data-status="${d.status}"`);
  const entries = evaluations.flatMap((e) =>
    deadlineEntries(e.deadlines, `Ticket ${e.ticketNumber}`, [e.ticketNumber]),
  );
  expect(toICalendar(entries, { name: "Tickets", asOf }).match(/BEGIN:VEVENT/g) ?? []).toHaveLength(entries.length);
  // The fine e-mail of every fined ticket (`ticket --format eml`): a message with the notice's subject.
  for (const e of evaluations) {
    if (e.fine === null || e.fineNotice === null) continue;
    const message = fineNoticeMessage(e.fine, e.fineNotice, { to: ["claims@plan.example"] });
    expect(message).toMatch(/^From: .*\r\nTo: claims@plan\.example\r\nSubject: =\?UTF-8\?B\?/);
    seen.fineMessage.add("written");
  }
  // CLI, in process: the `ticket` command's projection view in every record format, and its HTML document.
  const context: RecordContext = {
    asOf,
    calendar,
    detail: "lean",
    options: { format: "html", project: true } as RecordContext["options"],
  };
  const rows = tickets.flatMap((t) => evaluateView(t, context, undefined, () => evaluateTicket(t as never, { asOf })));
  everyCliFormat(rows, viewColumns(context.options, []));
  const html = TICKET_DOCUMENTS.html;
  if (!html) throw new Error("the ticket command has no HTML document");
  const document = html.render(
    tickets.map((t) => html.evaluate(t, context)),
    context,
  );
  expect(document.match(/<section class="ticket"/g)).toHaveLength(tickets.length);
  queueOutputs(evaluations, asOf);
  statisticsOutputs(tickets, asOf);
}

/** The statistics report and its page (`statistics --format html`), suppressed and not. */
function statisticsOutputs(tickets: readonly unknown[], asOf: IsoDate): void {
  for (const threshold of [1, 11]) {
    const report = statisticsReport(tickets, { asOf, calendar, options: { suppression: { threshold } } });
    const page = statisticsReportPageOf(report);
    expect(page).toMatch(/^<!DOCTYPE html>/);
    expect(page.match(/<table class="counts"/g) ?? []).toHaveLength(report.tables.length);
    if (report.tables.length > 0) seen.statisticsReport.add(threshold === 1 ? "shown" : "suppressed");
  }
}

function webcmOutputs(histories: readonly unknown[], asOf: IsoDate): void {
  const results = histories.map((h) => evaluateContactDeadlines(h as never, { asOf, calendar }));
  for (const h of histories as { events: { type: string }[] }[])
    for (const ev of h.events) seen.webcmEvent.add(ev.type);
  for (const r of results) {
    sawDeadlines(r.deadlines.map((d) => d.deadline));
    sawFindings(r.findings);
  }
  const entries = results.flatMap((r, i) =>
    deadlineEntries(
      r.deadlines.map((d) => d.deadline),
      `WebCM member ${i + 1}`,
      ["webcm", String(i)],
    ),
  );
  expect(toICalendar(entries, { name: "WebCM", asOf })).toContain("BEGIN:VCALENDAR");
  everyCliFormat(results, [
    ["Deadlines", (r) => r.deadlines.map((d) => `${d.deadline.dueDate} ${d.deadline.status}`).join(", ")],
  ]);
  queueOutputs(results, asOf);
}

function spenddownOutputs(quarter: unknown, asOf: IsoDate): void {
  const q = evaluateProviderQuarter(quarter as never, { asOf, calendar });
  sawDeadlines(q.reportDeadlines);
  sawFindings(q.findings);
  for (const m of q.memberMonths) {
    sawDeadlines([m.payment.deadline]);
    sawFindings(m.findings);
  }
  const deadlines = [...q.reportDeadlines, ...q.memberMonths.map((m) => m.payment.deadline)];
  const entries = deadlineEntries(deadlines, `Spenddown ${q.provider}`, ["spenddown", q.provider]);
  expect(toICalendar(entries, { name: "Spenddown", asOf }).match(/BEGIN:VEVENT/g) ?? []).toHaveLength(entries.length);
  everyCliFormat([q], [["Reports", (r) => r.reportDeadlines.map((d) => d.status).join(", ")]]);
  everyCliFormat(q.memberMonths, [["Payment", (m) => m.payment.deadline.status]]);
  queueOutputs([q, ...q.memberMonths], asOf);
}

function sanctionsOutputs(fines: readonly unknown[], asOf: IsoDate, issuedAfter: number | null): void {
  const first = fines[0] as { mco: string; overdueOn: string };
  const year = Number(first.overdueOn.slice(0, 4));
  const quarter = Math.ceil(Number(first.overdueOn.slice(5, 7)) / 3);
  const issuedOn =
    issuedAfter === null
      ? null
      : `${year + (quarter === 4 ? 1 : 0)}-${["01", "04", "07", "10"][quarter % 4]}-${String(1 + (issuedAfter % 28)).padStart(2, "0")}`;
  const issued = issuedOn === null ? [] : [{ mco: first.mco, year, quarter, issuedOn }];
  const r = evaluateSanctionNotices({ fines: fines as never, issued }, { asOf, calendar });
  sawDeadlines(r.notices.map((n) => n.deadline));
  const entries = r.notices.map((n, i) =>
    explanationEntry({ ...n.deadline.explanation, ruleId: n.deadline.ruleId }, "Sanction notice due", ["s", String(i)]),
  );
  expect(toICalendar(entries, { name: "Sanctions", asOf })).toContain("BEGIN:VCALENDAR");
  everyCliFormat(r.notices, [["Notice", (n) => `${n.state} ${n.deadline.status}`]]);
  queueOutputs([r], asOf);
  // The notice document (`sanctions notices --format html`) under each reading of open point 14.
  for (const paymentDueDate of PaymentDueDateSchema.options) {
    const page = sanctionNoticePageOf(r.notices, { asOf, paymentDueDate });
    expect(page).toMatch(/^<!DOCTYPE html>/);
    expect(page.match(/<section/g) ?? []).toHaveLength(r.notices.length);
    if (r.notices.length > 0) seen.paymentDueDate.add(paymentDueDate);
  }
}

describe("every output renders every value the library produces", () => {
  it("random results of every area, through every format of the library and of the CLI", () => {
    fc.assert(
      fc.property(
        portalCaseArb,
        webcmCaseArb,
        spenddownCaseArb,
        sanctionsCaseArb,
        statusesArb,
        (portal, webcm, spenddown, sanctions, statuses) => {
          portalOutputs(portal.tickets, portal.asOf, statuses);
          webcmOutputs(webcm.histories, webcm.asOf);
          spenddownOutputs(spenddown.quarter, spenddown.asOf);
          sanctionsOutputs(sanctions.fines, sanctions.asOf, sanctions.issuedAfter);
        },
      ),
      // A fixed seed: 1the coverage check below must see the same draw on every run (with a free
      // seed, one run in a few missed a rare ticket status and failed with every output sound).
      { numRuns: RUNS, seed: 1 },
    );
    // Coverage: the property met every value of every union, so it cannot pass vacuously.
    const missing = (name: string, all: readonly string[], got: ReadonlySet<string>) =>
      all.filter((v) => !got.has(v)).map((v) => `${name}: ${v}`);
    const eventTypes = (schema: typeof TicketEventSchema | typeof WebcmEventSchema) =>
      schema.def.options.map((o) => o.shape.type.def.values[0] as string);
    expect([
      ...missing("deadline status", DEADLINE_STATUSES, seen.deadlineStatus),
      ...missing("timeline status", TIMELINE_STATUSES, seen.timelineStatus),
      ...missing("ticket status", TICKET_STATUSES, seen.ticketStatus),
      // HSP names the reader of the WebCM contacts; no rule makes it owe a deadline or a finding.
      ...missing(
        "party",
        PARTIES.filter((p) => p !== "HSP"),
        seen.party,
      ),
      ...missing("severity", SEVERITIES, seen.severity),
      ...missing("ticket event", eventTypes(TicketEventSchema), seen.ticketEvent),
      ...missing("WebCM event", eventTypes(WebcmEventSchema), seen.webcmEvent),
      ...missing("queue status", QUEUE_STATUSES, seen.queueStatus),
      ...missing("at-risk level", AT_RISK_LEVELS, seen.atRisk),
      ...missing("queue area", QUEUE_AREAS, seen.queueArea),
      ...missing("payment due date (open point 14)", PaymentDueDateSchema.options, seen.paymentDueDate),
      ...missing("fine e-mail", ["written"], seen.fineMessage),
      ...missing("statistics report page", ["shown", "suppressed"], seen.statisticsReport),
    ]).toEqual([]);
  }, 240_000);
});
