// Evaluates 1,000,000 generated Provider Resolution Portal tickets and prints tickets per second
// (goal: 200,000 per second on one core, so that a year of tickets is evaluated in seconds). Deterministic: the tickets come from a seeded
// PRNG (bench/random.ts), never Math.random. Four entry points are timed:
//   evaluateTickets(validate: false) - tickets already parsed (the fast path; one evaluator per call of 50,000);
//   evaluateTickets         - each ticket validated (clean JSON is checked without zod);
//   createTicketEvaluator   - one evaluator held for every ticket, evaluate(ticket) per ticket (a stream);
//   evaluateTicket          - one call per ticket (a short-lived cache per call: nothing shared between calls).
// The checksum (overdue tickets + deadlines) must not change when the engine is optimised.
// The CPU time per ticket (process.cpuUsage) is steadier than the wall clock on a shared machine.
import {
  createTicketEvaluator,
  evaluateTicket,
  evaluateTickets,
  illinoisStateCalendar,
  type Ticket,
} from "../src/index.js";
import { ticketGenerator } from "./tickets.js";

const TOTAL = Number(process.env.PORTAL_BENCH_TOTAL ?? 1_000_000);
const CHUNK = Number(process.env.PORTAL_BENCH_CHUNK ?? 50_000);
// PORTAL_BENCH_ONLY=fast|validated|evaluator|single times one entry point (e.g. under --cpu-prof).
const ONLY = process.env.PORTAL_BENCH_ONLY;
const asOf = "2025-12-31";
const calendar = illinoisStateCalendar();
for (let year = 2020; year <= 2027; year++) calendar.yearIndex(year);

function time(label: string, count: number, run: (tickets: Ticket[]) => number, key: string): void {
  if (ONLY !== undefined && ONLY !== key) return;
  const generateTicket = ticketGenerator(); // the same tickets for every entry point
  let ms = 0;
  let cpuMs = 0;
  let checksum = 0;
  for (let done = 0; done < count; done += CHUNK) {
    const tickets = Array.from({ length: Math.min(CHUNK, count - done) }, (_, i) => generateTicket(done + i));
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    checksum += run(tickets);
    const c = process.cpuUsage(c0);
    cpuMs += (c.user + c.system) / 1000;
    ms += performance.now() - t0;
  }
  const perSecond = Math.round((count / ms) * 1000);
  const micros = ((ms * 1000) / count).toFixed(1);
  console.log(
    `  ${label.padEnd(44)} ${count.toLocaleString("en-US").padStart(9)} tickets in ${ms.toFixed(0).padStart(6)} ms = ${perSecond.toLocaleString("en-US").padStart(9)} tickets/s (${micros} µs each; CPU ${((cpuMs * 1000) / count).toFixed(1)} µs)  [checksum ${checksum}]`,
  );
}

const overdue = (results: readonly { overdue: boolean; deadlines: readonly unknown[] }[]) =>
  results.reduce((n, r) => n + (r.overdue ? 1 : 0) + r.deadlines.length, 0);
console.log(
  `Portal ticket evaluation benchmark (as of ${asOf}, Illinois State Holidays, one core; goal: 200,000 tickets/s = 5 µs each)`,
);
evaluateTickets([ticketGenerator()(0)], { asOf, calendar, validate: false }); // warm-up of the rule lookups
time(
  "evaluateTickets, already parsed (fast path)",
  TOTAL,
  (tickets) => overdue(evaluateTickets(tickets, { asOf, calendar, validate: false })),
  "fast",
);
time(
  "evaluateTickets, each ticket validated",
  TOTAL,
  (tickets) => overdue(evaluateTickets(tickets, { asOf, calendar })),
  "validated",
);
const evaluator = createTicketEvaluator({ asOf, calendar });
time(
  "createTicketEvaluator, evaluate per ticket",
  TOTAL,
  (tickets) => overdue(tickets.map((t) => evaluator.evaluate(t))),
  "evaluator",
);
time(
  "evaluateTicket, one call per ticket",
  TOTAL / 5,
  (tickets) => overdue(tickets.map((t) => evaluateTicket(t, { asOf, calendar }))),
  "single",
);
