// The HTML timeline: the page parses as HTML, holds one SVG per ticket whose marks say what they
// are, loads nothing from the network, and shows no member value.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type DefaultTreeAdapterMap, parse } from "parse5";
import { describe, expect, it } from "vitest";
import {
  explanationText,
  evaluateTickets,
  illinoisStateCalendar,
  type IsoDate,
  RuleInputError,
  type Ticket,
  ticketTimeline,
  timelinePage,
  type WorkQueueItem,
  withChanges,
  workQueue,
} from "../../src/internal.js";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

const ROOT = join(import.meta.dirname, "..", "..");
const samples = JSON.parse(readFileSync(join(ROOT, "examples", "data", "tickets.json"), "utf8")) as Ticket[];
const asOf = "2024-07-10";
const calendar = illinoisStateCalendar();

function elements(node: Node): Element[] {
  const out: Element[] = [];
  const visit = (n: Node) => {
    if ("tagName" in n) out.push(n);
    const kids = "content" in n && n.content ? n.content.childNodes : "childNodes" in n ? n.childNodes : [];
    for (const child of kids) visit(child);
  };
  visit(node);
  return out;
}
const attr = (e: Element, name: string) => e.attrs.find((a) => a.name === name)?.value;
const text = (e: Node): string =>
  "value" in e && e.nodeName === "#text" ? e.value : "childNodes" in e ? e.childNodes.map(text).join("") : "";
const hasClass = (e: Element, cls: string) => (attr(e, "class") ?? "").split(" ").includes(cls);
const titleOf = (e: Element) => {
  const t = e.childNodes.find((c) => "tagName" in c && c.tagName === "title");
  return t ? text(t) : undefined;
};

const page = timelinePage(
  samples.map((t) => ticketTimeline(t, { asOf, project: true })),
  { asOf, calendar },
);
const all = elements(parse(page));
const svgs = all.filter((e) => e.tagName === "svg");
const lanes = all.filter((e) => e.tagName === "g" && hasClass(e, "lane"));
const laneOf = (ticketNumber: string) => lanes.find((g) => attr(g, "data-ticket") === ticketNumber) as Element;
const detailOf = (ticketNumber: string) =>
  all.find((e) => e.tagName === "section" && attr(e, "data-ticket") === ticketNumber) as Element;

describe("timelinePage", () => {
  it("is one HTML document: one overview (its axis and its lanes), one lane and one detail per ticket", () => {
    expect(page.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(svgs.map((s) => attr(s, "class"))).toEqual(["overview-axis", "overview-lanes"]);
    expect(lanes).toHaveLength(samples.length);
    const sections = all.filter((e) => e.tagName === "section" && hasClass(e, "ticket"));
    expect(sections.map((s) => attr(s, "data-ticket"))).toEqual(lanes.map((l) => attr(l, "data-ticket")));
    expect([...sections.map((s) => attr(s, "data-ticket"))].sort()).toEqual(samples.map((t) => t.ticketNumber).sort());
    expect(attr(svgs[1] as Element, "viewBox")).toMatch(/^0 0 \d+ \d+$/);
  });

  it("is self-contained: no script, no external resource, no link, no URL but the SVG namespace", () => {
    expect(all.filter((e) => ["script", "link", "img", "iframe", "object", "embed"].includes(e.tagName))).toEqual([]);
    for (const e of all)
      for (const a of e.attrs) if (a.name !== "xmlns") expect(a.value).not.toMatch(/(https?:|\/\/|url\()/);
    expect(page.replace(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, "")).not.toMatch(/https?:|@import|url\(/);
  });

  it("draws each deadline of the evaluation with its status and due date, its explanation in the detail", () => {
    const first = laneOf(samples[0]?.ticketNumber as string);
    const deadlines = elements(first).filter((e) => e.tagName === "g" && hasClass(e, "deadline"));
    expect(deadlines.map((g) => [attr(g, "data-status"), attr(g, "data-due")])).toEqual([
      ["met", "2024-06-04"],
      ["met", "2024-06-11"],
      ["met", "2024-06-17"],
      ["missed", "2024-07-05"],
    ]);
    expect(titleOf(deadlines[3] as Element)).toContain("proposal (MCO, PORTAL-PROPOSAL-DUE) due 2024-07-05: missed.");
    const rows = elements(detailOf(samples[0]?.ticketNumber as string)).filter(
      (e) => e.tagName === "tr" && attr(e, "data-status") !== undefined,
    );
    expect(rows.map((r) => attr(r, "data-status"))).toEqual(["met", "met", "met", "missed"]);
    const steps = elements(rows[3] as Element).filter((e) => e.tagName === "li");
    expect(steps.map(text).at(-1)).toBe("rolled forward to 2024-07-05 (CAL-ROLL-FORWARD)");
  });

  it("draws the projected deadlines, their condition on hover", () => {
    const third = laneOf(samples[2]?.ticketNumber as string);
    const projected = elements(third).filter(
      (e) => e.tagName === "g" && hasClass(e, "deadline") && hasClass(e, "projected"),
    );
    expect(projected.length).toBe(2);
    expect(titleOf(projected[0] as Element)).toContain("if the provider requests HFS review on the last day");
  });

  it("marks asOf, shades weekends and names the holidays", () => {
    const first = elements(svgs[1] as Element);
    const asOfMark = first.find((e) => e.tagName === "g" && hasClass(e, "as-of"));
    expect(asOfMark && titleOf(asOfMark)).toBe("as of 2024-07-10");
    const holidays = first.filter((e) => e.tagName === "rect" && hasClass(e, "holiday")).map((e) => titleOf(e));
    expect(holidays).toContain("2024-07-04 Independence Day (closed)");
    expect(holidays).toContain("2024-06-19 Juneteenth (closed)");
    // Weekends of the shared scale (2024-04 to 2024-09): two days a week.
    expect(first.filter((e) => e.tagName === "rect" && hasClass(e, "weekend")).length).toBeGreaterThanOrEqual(16);
  });

  it("shades a closure the calendar adds", () => {
    const closed = withChanges(calendar, { add: [{ date: "2024-07-05" as IsoDate, name: "Office closure" }] });
    const one = timelinePage([ticketTimeline(samples[0], { asOf, calendar: closed })], { asOf, calendar: closed });
    expect(one).toContain("<title>2024-07-05 Office closure (closed)</title>");
  });

  it("shows no member value: no name, Recipient ID, date of service, note, plan or contact", () => {
    for (const t of samples) {
      for (const m of t.members) {
        expect(page).not.toContain(m.name);
        expect(page).not.toContain(m.recipientId);
        for (const d of m.datesOfService) expect(page).not.toContain(d);
      }
      for (const e of t.events) {
        if (e.type === "proposal submitted") {
          expect(page).not.toContain(e.plan);
          for (const v of Object.values(e.contact)) if (v) expect(page).not.toContain(v);
        }
      }
    }
  });

  it("escapes text: a ticket number with markup stays text", () => {
    const odd = { ...samples[0], ticketNumber: "<b>T&1</b>" } as Ticket;
    const one = timelinePage([ticketTimeline(odd, { asOf })], { asOf, calendar });
    expect(one).toContain("&lt;b&gt;T&amp;1&lt;/b&gt;");
    expect(one).not.toContain("<b>T&1</b>");
  });

  it("bad arguments are RuleInputErrors naming them", () => {
    expect(() => ticketTimeline(samples[0], { asOf: "2024-7-10" })).toThrow(/settings\.asOf/);
    expect(() => ticketTimeline({}, { asOf })).toThrow(RuleInputError);
    expect(() => timelinePage("x" as never, { asOf, calendar })).toThrow(/timelines/);
    expect(() => timelinePage([], { asOf, calendar: {} as never })).toThrow(/settings\.calendar/);
    // Each timeline of the list is checked before any is drawn: not an object is a RuleInputError
    // too (it was a TypeError).
    expect(() => timelinePage([null as never], { asOf, calendar })).toThrow(RuleInputError);
    expect(() => timelinePage([null as never], { asOf, calendar })).toThrow(/timeline: input: expected an object/);
  });
});

describe("timelinePage with the work queue", () => {
  const queue = workQueue(evaluateTickets(samples, { asOf }), { asOf, calendar }).items;
  const withQueue = timelinePage(
    samples.map((t) => ticketTimeline(t, { asOf })),
    { asOf, calendar, queue },
  );
  const tree = elements(parse(withQueue));
  const body = tree.find((e) => e.tagName === "body") as Element;
  const rowsOf = (table: Element) =>
    elements(table).filter(
      (e) => e.tagName === "tr" && e.parentNode && "tagName" in e.parentNode && e.parentNode.tagName === "tbody",
    );
  const cells = (tr: Element) =>
    elements(tr)
      .filter((e) => e.tagName === "td")
      .map(text);

  it("opens the body with the queue: its section comes before every ticket, its table is the first", () => {
    const sections = elements(body).filter((e) => e.tagName === "section");
    expect(sections.map((s) => attr(s, "class"))).toEqual(["queue", "overview", ...samples.map(() => "ticket")]);
    const first = elements(body).find((e) => e.tagName === "table") as Element;
    expect(hasClass(first, "queue")).toBe(true);
    expect(text(elements(sections[0] as Element).find((e) => e.tagName === "h2") as Element)).toBe(
      "Work queue as of 2024-07-10: 2 open or missed deadline(s)",
    );
  });

  it("has one row per item, in the queue's order (by due date), each with its explanation on hover", () => {
    const rows = rowsOf(elements(body).find((e) => e.tagName === "table") as Element);
    expect(queue.length).toBeGreaterThan(1);
    expect(rows).toHaveLength(queue.length);
    expect(rows.map(cells)).toEqual([
      [
        "2024-07-05",
        "-3",
        "missed",
        "breached",
        "PORTAL-PROPOSAL-DUE",
        "proposal",
        "MCO",
        "PRP-2024-0614",
        "Acme Health",
      ],
      [
        "2024-08-07",
        "20",
        "open",
        "on track",
        "PORTAL-HFS-REVIEW-REQUEST",
        "HFS review request",
        "provider",
        "PRP-2024-0701",
        "Acme Health",
      ],
    ]);
    const dues = rows.map((r) => attr(r, "data-due") as string);
    expect(dues).toEqual([...dues].sort());
    expect(rows.map((r) => attr(r, "title"))).toEqual(queue.map((i) => explanationText(i.explanation)));
    expect(attr(rows[0] as Element, "title")).toContain("rolled forward to 2024-07-05");
  });

  it("shows the items in the order given, the queue's", () => {
    const reversed = timelinePage([], { asOf, calendar, queue: [...queue].reverse() });
    const rows = rowsOf(elements(parse(reversed)).find((e) => e.tagName === "table") as Element);
    expect(rows.map((r) => attr(r, "data-ticket"))).toEqual(["PRP-2024-0701", "PRP-2024-0614"]);
  });

  it("says so when the queue is empty, and has no queue section without one", () => {
    expect(timelinePage([], { asOf, calendar, queue: [] })).toContain("No open or missed deadline.");
    expect(elements(parse(page)).filter((e) => e.tagName === "section" && hasClass(e, "queue"))).toEqual([]);
  });

  it("shows no member value, not even an item's subject.member", () => {
    for (const t of samples) {
      for (const m of t.members) {
        expect(withQueue).not.toContain(m.name);
        expect(withQueue).not.toContain(m.recipientId);
        for (const d of m.datesOfService) expect(withQueue).not.toContain(d);
      }
    }
    const item = queue[0] as WorkQueueItem;
    const webcm = {
      ...item,
      area: "webcm",
      subject: { member: "Jane Canary 370046520", mco: "Acme Health", label: "WebCM member (result 1) of Acme Health" },
    } as WorkQueueItem;
    const one = timelinePage([], { asOf, calendar, queue: [webcm] });
    expect(one).not.toContain("Canary");
    expect(one).not.toContain("370046520");
    expect(one).toContain("WebCM member (result 1) of Acme Health");
  });

  it("escapes an item's text", () => {
    const item = queue[0] as WorkQueueItem;
    const odd = {
      ...item,
      name: "<i>x</i>",
      subject: { ...item.subject, ticketNumber: '<b>"T&1"</b>' },
      explanation: { ...item.explanation, startLabel: "a <script>b</script>", steps: [] },
    };
    const one = timelinePage([], { asOf, calendar, queue: [odd] });
    expect(one).toContain("&lt;b&gt;&quot;T&amp;1&quot;&lt;/b&gt;");
    expect(one).toContain("&lt;i&gt;x&lt;/i&gt;");
    expect(one).toContain(`title="a &lt;script&gt;b&lt;/script&gt; ${item.explanation.start}"`);
    expect(one).not.toMatch(/<script|<b>|<i>/);
  });

  it("a queue that is not a list of queue items is a RuleInputError naming settings.queue", () => {
    const bad = (value: unknown) => () => timelinePage([], { asOf, calendar, queue: value as never });
    expect(bad({ items: queue })).toThrow(RuleInputError);
    expect(bad({ items: queue })).toThrow(/settings\.queue: expected a list/);
    expect(bad("x")).toThrow(/settings\.queue/);
    expect(bad([{}])).toThrow(/settings\.queue\[0\]\.dueDate/);
    expect(bad([{ ...queue[0], status: "met" }])).toThrow(/settings\.queue\[0\]\.status/);
    expect(bad([{ ...queue[0], businessDaysLeft: 1.5 }])).toThrow(/settings\.queue\[0\]\.businessDaysLeft/);
  });
});
