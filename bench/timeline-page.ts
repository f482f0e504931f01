// The overview page of 500 tickets (issue 26): `timelinePage` with the work queue, the shared
// time scale and every ticket's detail, as `ticket FILE --format html` draws it. Time: a ratio
// against one escaping pass (escapeText) over a text as long as the page, the least any writer
// of the page does, both in this process, best of 3 alternating rounds; size: the page's bytes.
import {
  evaluateTickets,
  illinoisStateCalendar,
  type TicketTimeline,
  ticketTimeline,
  timelinePage,
  workQueue,
} from "../src/index.js";
import { escapeText } from "../src/timeline/markup.js";
import { bestOf, timed } from "./measure.js";
import { ticketGenerator } from "./tickets.js";

export interface PageFigure {
  readonly figure: string;
  readonly value: string;
  readonly goal: string;
  readonly met: boolean;
  readonly detail: string;
}

const TICKETS = 500;
/**
 * Goals: the page in at most three times one escaping pass over its bytes (1.2× to 2.9× measured
 * on the shared machine); at most 3 MB, about 6 KB a ticket (each deadline's explanation, step by
 * step, is most of it).
 */
const TIME_GOAL = 3;
const SIZE_GOAL_KB = 3072;

/** The figures of the overview page: its render time (a ratio) and its size. */
export function overviewPageFigures(rounds: number): PageFigure[] {
  const next = ticketGenerator();
  const tickets = Array.from({ length: TICKETS }, (_, i) => next(i));
  // Filed 2020 to 2025: the shared scale spans six years, the widest the generator gives.
  const asOf = "2025-12-31";
  const calendar = illinoisStateCalendar();
  const timelines: TicketTimeline[] = tickets.map((t) => ticketTimeline(t, { asOf, calendar, project: true }));
  const queue = workQueue(evaluateTickets(tickets, { asOf, calendar }), { asOf, calendar }).items;
  let html = timelinePage(timelines, { asOf, calendar, queue }); // warm-up
  const bytes = Buffer.byteLength(html);
  let sink = 0;
  const page = () =>
    timed(() => {
      html = timelinePage(timelines, { asOf, calendar, queue });
    });
  const floor = () =>
    timed(() => {
      sink += escapeText(html).length;
    });
  const [subject = 0, baseline = 1] = bestOf(rounds, [page, floor]);
  const kb = bytes / 1024;
  return [
    {
      figure: `timeline: timelinePage, ${TICKETS} tickets (queue, overview, details) ÷ escapeText over as many bytes`,
      value: `${(subject / baseline).toFixed(2)}×`,
      goal: `≤ ${TIME_GOAL}×`,
      met: subject / baseline <= TIME_GOAL,
      detail: `${subject.toFixed(0)} ms vs ${baseline.toFixed(0)} ms; ${queue.length} queue items [${sink % 10}]`,
    },
    {
      figure: `timeline: the overview page of ${TICKETS} tickets, size`,
      value: `${kb.toFixed(0)} KB`,
      goal: `≤ ${SIZE_GOAL_KB} KB`,
      met: kb <= SIZE_GOAL_KB,
      detail: `${(bytes / TICKETS).toFixed(0)} B a ticket (UTF-8), inline CSS and SVG, no script`,
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of overviewPageFigures(3)) console.log(`${r.figure}: ${r.value} (goal ${r.goal}); ${r.detail}`);
}
