// The overview of the timeline page (issue 26): one lane per ticket on one time scale, sorted by
// the next due date; each lane and each queue row links to the ticket's detail, on its own anchor;
// the detail shows every explanation step by step, its dates unbreakable.
import { type DefaultTreeAdapterMap, parse } from "parse5";
import { describe, expect, it } from "vitest";
import { shiftedSamples } from "./shifted-samples.js";
import {
  evaluateTickets,
  illinoisStateCalendar,
  type TicketTimeline,
  ticketTimeline,
  timelinePage,
  workQueue,
} from "../../src/internal.js";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];
const elements = (node: Node): Element[] => {
  const out: Element[] = [];
  const visit = (n: Node) => {
    if ("tagName" in n) out.push(n);
    for (const child of "childNodes" in n ? n.childNodes : []) visit(child);
  };
  visit(node);
  return out;
};
const attr = (e: Element, name: string) => e.attrs.find((a) => a.name === name)?.value;
const hasClass = (e: Element, cls: string) => (attr(e, "class") ?? "").split(" ").includes(cls);
const text = (e: Node): string =>
  "value" in e && e.nodeName === "#text" ? e.value : "childNodes" in e ? e.childNodes.map(text).join("") : "";

const calendar = illinoisStateCalendar();

const asOf = "2024-08-20";
const tickets = shiftedSamples(64);
const timelines = tickets.map((t) => ticketTimeline(t, { asOf, project: true }));
const queue = workQueue(evaluateTickets(tickets, { asOf, calendar }), { asOf, calendar }).items;
const page = timelinePage(timelines, { asOf, calendar, queue });
const all = elements(parse(page));
const lanes = all.filter((e) => e.tagName === "g" && hasClass(e, "lane"));

/** What the page's order says: the earliest open or missed due date, else none (after every date). */
const nextDue = (t: TicketTimeline) =>
  t.deadlines
    .filter((d) => d.status === "open" || d.status === "missed")
    .map((d) => d.dueDate)
    .sort()[0] ?? null;

describe("the overview", () => {
  it("has one lane per ticket, sorted by next due date, then the tickets with none in the order given", () => {
    expect(lanes).toHaveLength(tickets.length);
    const order = lanes.map((g) => attr(g, "data-ticket"));
    const byNumber = new Map(timelines.map((t) => [t.ticketNumber, t]));
    const dues = order.map((n) => nextDue(byNumber.get(n as string) as TicketTimeline));
    const firstNone = dues.indexOf(null);
    expect(firstNone).toBeGreaterThan(0);
    expect(dues.slice(firstNone).every((d) => d === null)).toBe(true);
    const dated = dues.slice(0, firstNone) as string[];
    expect(dated).toEqual([...dated].sort());
    expect(lanes.map((g) => attr(g, "data-next-due") ?? null)).toEqual(dues);
    // Ties and the undated keep the order given.
    const position = (n: string | undefined) => tickets.findIndex((t) => t.ticketNumber === n);
    for (let i = 1; i < order.length; i++)
      if (dues[i] === dues[i - 1]) expect(position(order[i])).toBeGreaterThan(position(order[i - 1]));
  });

  it("is the same page for the same input", () => {
    expect(timelinePage(timelines, { asOf, calendar, queue })).toBe(page);
  });

  it("links each lane and each queue row's ticket to the ticket's detail, an element with that id", () => {
    const ids = new Map(all.filter((e) => attr(e, "id") !== undefined).map((e) => [attr(e, "id"), e]));
    const links = all.filter((e) => e.tagName === "a" && (attr(e, "href") ?? "").startsWith("#"));
    const laneLinks = lanes.map((g) => elements(g).find((e) => e.tagName === "a") as Element);
    for (const [i, a] of laneLinks.entries()) {
      const target = ids.get((attr(a, "href") as string).slice(1)) as Element;
      expect(target.tagName).toBe("section");
      expect(attr(target, "data-ticket")).toBe(attr(lanes[i] as Element, "data-ticket"));
      expect(text(a)).toBe(attr(lanes[i] as Element, "data-ticket"));
    }
    const rows = all.filter((e) => e.tagName === "tr" && attr(e, "data-ticket") !== undefined);
    expect(rows).toHaveLength(queue.length);
    for (const row of rows) {
      const a = elements(row).find((e) => e.tagName === "a") as Element;
      expect(attr(ids.get((attr(a, "href") as string).slice(1)) as Element, "data-ticket")).toBe(
        attr(row, "data-ticket"),
      );
    }
    for (const a of links) expect(ids.has((attr(a, "href") as string).slice(1))).toBe(true);
  });

  it("gives an odd or repeated ticket number an anchor by position, escaped text and no markup", () => {
    const odd = { ...timelines[0], ticketNumber: '<b id="x">T&1</b>' } as TicketTimeline;
    const one = timelinePage([odd, odd, timelines[1] as TicketTimeline], { asOf, calendar });
    const ids = elements(parse(one)).flatMap((e) => (attr(e, "id") ? [attr(e, "id")] : []));
    expect(ids.filter((id) => id?.startsWith("lane-")).sort()).toEqual(["lane-1", "lane-2"]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(one).not.toMatch(/<b[ >]/);
    expect(one).toContain("&lt;b id=&quot;x&quot;&gt;T&amp;1&lt;/b&gt;");
  });

  it("shows every explanation step by step in the detail, each date in a <time>, which never breaks", () => {
    const steps = all.filter((e) => e.tagName === "ol" && hasClass(e, "steps"));
    expect(steps).toHaveLength(timelines.reduce((n, t) => n + t.deadlines.length, 0));
    const first = timelines[0]?.deadlines[0];
    expect(
      elements(steps[0] as Element)
        .filter((e) => e.tagName === "li")
        .map(text),
    ).toEqual(first?.explanation.split(" → "));
    for (const cell of all.filter((e) => e.tagName === "td" && /^\d{4}-\d{2}-\d{2}$/.test(text(e))))
      expect(hasClass(cell, "date")).toBe(true);
    const times = all.filter((e) => e.tagName === "time");
    expect(times.length).toBeGreaterThan(steps.length);
    for (const time of times) expect(text(time)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Every date of an explanation is in one.
    for (const li of all.filter((e) => e.tagName === "li"))
      expect(
        li.childNodes
          .filter((c) => c.nodeName === "#text")
          .map(text)
          .join(""),
      ).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it("shows no member value: no name, Recipient ID or date of service", () => {
    for (const t of tickets)
      for (const m of t.members) {
        expect(page).not.toContain(m.name);
        expect(page).not.toContain(m.recipientId);
        for (const d of m.datesOfService) expect(page).not.toContain(d);
      }
    expect(page).not.toContain("1987-");
  });
});
