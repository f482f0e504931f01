// Evaluates 1,000,000 generated Provider Resolution Portal tickets and prints tickets per second
// (goal: 200,000 per second on one core, so that a year of tickets is evaluated in seconds). Deterministic: the tickets come from a seeded
// PRNG (bench/random.ts), never Math.random. Three entry points are timed:
//   evaluateTickets(validate: false) - tickets already parsed (the fast path);
//   evaluateTickets         - each ticket validated (clean JSON is checked without zod);
//   evaluateTicket          - one call per ticket (rule lookups and explanations shared between calls).
// The checksum (overdue tickets + deadlines) must not change when the engine is optimised.
// The CPU time per ticket (process.cpuUsage) is steadier than the wall clock on a shared machine.
import { evaluateTicket, evaluateTickets, fromDayNumber, type IsoDate, illinoisStateCalendar, type Ticket, type TicketEvent, toDayNumber } from "../src/index.js";
import { seededRandom } from "./random.js";

const TOTAL = Number(process.env.PORTAL_BENCH_TOTAL ?? 1_000_000);
const CHUNK = Number(process.env.PORTAL_BENCH_CHUNK ?? 50_000);
// PORTAL_BENCH_ONLY=fast|validated|single times one entry point (e.g. under --cpu-prof).
const ONLY = process.env.PORTAL_BENCH_ONLY;
let random = seededRandom(2020_02_28);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const first = toDayNumber("2020-03-01" as IsoDate);
const span = toDayNumber("2025-12-31" as IsoDate) - first;
const day = (n: number): IsoDate => fromDayNumber(n);
const contact = { name: "A. Smith", phone: "312-555-0100", email: "a.smith@acme.example" };

/** One realistic ticket: a timely submission, then a random stretch of the lifecycle. */
function generateTicket(i: number): Ticket {
  const filed = first + Math.floor(random() * span);
  const issued = filed - 30 - Math.floor(random() * 31);
  const presented = filed + 1 + Math.floor(random() * 12);
  const events: TicketEvent[] = [{ type: "presented to MCO", date: day(presented) }];
  const stage = random();
  if (stage < 0.15) events.push({ type: "information requested", date: day(presented + 3) }, { type: "information provided", date: day(presented + 6) });
  if (stage > 0.3 && stage < 0.4) events.push({ type: "extension requested", date: day(presented + 20), requestedBy: "MCO" }, { type: "extension decision", date: day(presented + 22), approved: random() < 0.8 });
  if (stage > 0.2) {
    const proposed = presented + 10 + Math.floor(random() * 40);
    events.push({ type: "proposal submitted", date: day(proposed), plan: "Reprocess the claims", resolutionPeriod: "30 days", contact, checkboxes: { upheld: random() < 0.5, overturned: random() < 0.5 } });
    if (stage > 0.7) events.push({ type: "provider contest", date: day(proposed + 3) }, { type: "HFS review requested", date: day(proposed + 20) });
  }
  return {
    ticketNumber: `T-${i}`,
    mco: pick(["Acme Health", "Blue Prairie", "Lakeshore Care", "River Valley Plan"]),
    program: pick(["HealthChoice Illinois", "MMAI"]),
    providerType: pick(["Hospital", "Physician", "Nursing Facility", "Pharmacy"]),
    internalDispute: { submittedToMcoOn: day(issued - 1), trackingNumber: random() < 0.97 ? `TRK-${i}` : null, trackingNumberIssuedOn: day(issued), resolution: null },
    portalSubmittedOn: day(filed),
    medicareOnly: random() < 0.02,
    feeForService: random() < 0.01,
    priorAuthorizationNotObtained: random() < 0.02,
    complete: random() < 0.97,
    providerRegistered: true,
    accessToCare: random() < 0.05,
    members: [{ name: "Member", recipientId: String(100000000 + (i % 899999999)), datesOfService: [day(issued - 20)] }],
    events,
  };
}

const asOf = "2025-12-31";
const calendar = illinoisStateCalendar();
for (let year = 2020; year <= 2027; year++) calendar.yearIndex(year);

function time(label: string, count: number, run: (tickets: Ticket[]) => number, key: string): void {
  if (ONLY !== undefined && ONLY !== key) return;
  random = seededRandom(2020_02_28); // the same tickets for every entry point
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
  console.log(`  ${label.padEnd(44)} ${count.toLocaleString("en-US").padStart(9)} tickets in ${ms.toFixed(0).padStart(6)} ms = ${perSecond.toLocaleString("en-US").padStart(9)} tickets/s (${micros} µs each; CPU ${((cpuMs * 1000) / count).toFixed(1)} µs)  [checksum ${checksum}]`);
}

const overdue = (results: readonly { overdue: boolean; deadlines: readonly unknown[] }[]) => results.reduce((n, r) => n + (r.overdue ? 1 : 0) + r.deadlines.length, 0);
console.log(`Portal ticket evaluation benchmark (as of ${asOf}, Illinois State Holidays, one core; goal: 200,000 tickets/s = 5 µs each)`);
evaluateTickets([generateTicket(0)], { asOf, calendar, validate: false }); // warm-up of the rule lookups
time("evaluateTickets, already parsed (fast path)", TOTAL, (tickets) => overdue(evaluateTickets(tickets, { asOf, calendar, validate: false })), "fast");
time("evaluateTickets, each ticket validated", TOTAL, (tickets) => overdue(evaluateTickets(tickets, { asOf, calendar })), "validated");
time("evaluateTicket, one call per ticket", TOTAL / 5, (tickets) => overdue(tickets.map((t) => evaluateTicket(t, { asOf, calendar }))), "single");
