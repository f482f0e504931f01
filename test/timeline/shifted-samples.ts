// Many realistic tickets from the shipped samples (examples/data/tickets.json), for the overview's
// tests and its rendering in a real browser.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { addCalendarDays, type IsoDate, type Ticket } from "../../src/internal.js";

const ROOT = join(import.meta.dirname, "..", "..");
const samples = JSON.parse(readFileSync(join(ROOT, "examples", "data", "tickets.json"), "utf8")) as Ticket[];

/**
 * The sample tickets again and again, each copy `9 × k` days later and numbered `-k`, its members'
 * dates of service in 1987 (no other date of the page is): events days apart, as in the samples.
 */
export function shiftedSamples(count: number): Ticket[] {
  const out: Ticket[] = [];
  for (let k = 0; out.length < count; k++)
    for (const t of samples.slice(0, count - out.length)) {
      const shifted = JSON.stringify(t).replace(/\d{4}-\d{2}-\d{2}/g, (d) => addCalendarDays(d as IsoDate, k * 9));
      const copy = JSON.parse(shifted) as Ticket;
      const members = copy.members.map((m, i) => ({
        ...m,
        datesOfService: [addCalendarDays("1987-01-01" as IsoDate, (k * 7 + i) % 300)],
      }));
      out.push({ ...copy, members, ticketNumber: `${t.ticketNumber}-${k}` });
    }
  return out;
}
