// `queue --format ics` writes its calendar one event at a time (header, each VEVENT, footer):
// the pieces are those bytes of the whole document toICalendar makes of every item's entry, the
// repeats of a UID numbered `~2`, `~3` as it numbers them.
import { describe, expect, it } from "vitest";
import { ticketGenerator } from "../../bench/tickets.js";
import { workQueueBuilder } from "../../src/api/operations/queue.js";
import { queueItemEntry, writeQueueIcs } from "../../src/cli/commands/queue-ics.js";
import { type CalendarEntry, icalendarWriter, toICalendar } from "../../src/ics/icalendar.js";
import { evaluateTicket, type IsoDate } from "../../src/index.js";

const asOf = "2025-12-31" as IsoDate;

function storedQueue(count: number) {
  const next = ticketGenerator(7);
  const tickets = Array.from({ length: count }, (_, i) => next(i));
  const builder = workQueueBuilder({ asOf });
  // Every tenth ticket given twice: its events share their UIDs, numbered ~2 in the second.
  for (const [i, t] of tickets.entries()) {
    builder.add(evaluateTicket(t, { asOf }));
    if (i % 10 === 0) builder.add(evaluateTicket(t, { asOf }));
  }
  return builder.finish();
}

describe("queue --format ics, one event at a time", () => {
  it("a piece per event, joined the bytes of the whole document (repeated UIDs numbered alike)", async () => {
    const queue = storedQueue(500);
    const pieces: string[] = [];
    await writeQueueIcs(queue, async (text) => {
      pieces.push(text);
    });
    const whole = toICalendar([...queue.items()].map(queueItemEntry), { name: "Work queue", asOf });
    expect(queue.size).toBeGreaterThan(300);
    expect(pieces).toHaveLength(queue.size + 2);
    expect(pieces.slice(1, -1).every((p) => p.startsWith("BEGIN:VEVENT\r\n") && p.endsWith("END:VEVENT\r\n"))).toBe(
      true,
    );
    expect(whole).toMatch(/~2@hfs-mco-rules/);
    expect(pieces.join("")).toBe(whole);
  });

  it("icalendarWriter: long, non-ASCII, lone-surrogate, repeated entries fold and number as toICalendar", () => {
    const entry = (uid: string, summary: string): CalendarEntry => ({
      uid,
      date: "2024-06-04" as IsoDate,
      summary,
      ruleId: "PORTAL-PROPOSAL-DUE",
      description: `${"Déjà vu, naïve; résumé 😀 ".repeat(20)}\nsecond line`,
    });
    const lone = `${"y".repeat(60)}\ud800x\udc00 \ud800\ud800${"é".repeat(40)}😀\ud83d`;
    const entries = [
      entry("a", "x".repeat(200)),
      entry("b", "Ünïcode ✓"),
      entry("a", "again"),
      entry("c", lone),
      entry("a", "thrice"),
    ];
    const options = { name: "Queue; a, b\\c\nd", asOf };
    const writer = icalendarWriter(options);
    const seen = new Map<string, number>();
    let text = writer.header;
    for (const e of entries) {
      const n = (seen.get(e.uid) ?? 0) + 1;
      seen.set(e.uid, n);
      text += writer.event(e, n);
    }
    expect(text + writer.footer).toBe(toICalendar(entries, options));
  });

  it("icalendarWriter checks each entry as toICalendar checks the list", () => {
    const writer = icalendarWriter({ name: "Q", asOf });
    expect(() => writer.event({ uid: "", date: asOf, summary: "", ruleId: "", description: "" }, 1)).toThrow();
  });
});
