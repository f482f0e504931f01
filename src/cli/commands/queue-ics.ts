// `queue --format ics`: the calendar written one event at a time (header, each VEVENT, footer),
// the bytes of toICalendar of every item's entry, without the whole document or every entry in
// memory. toICalendar numbers a UID's repeats (`~2`, `~3`) with a map of every UID: here a first
// pass keeps a 52-bit hash of each UID (8 bytes an item), and only the UIDs whose hash is seen
// twice are counted, by their text, in the second pass (equal UIDs have equal hashes: exact).
import type { StoredWorkQueue } from "../../api/operations/queue.js";
import { type CalendarEntry, eventUid, explanationEntry, icalendarWriter } from "../../ics/icalendar.js";
import type { WorkQueueItem } from "../../queue/types.js";
import { pacedItems } from "./queue-items.js";

/** The parts of an item's event UID. */
function uidParts(x: WorkQueueItem): string[] {
  return [
    "queue",
    x.area,
    x.subject.ticketNumber ?? x.subject.label,
    x.subject.period ?? "",
    x.ruleId,
    x.name,
    x.party,
    x.explanation.start,
  ];
}

/**
 * An item as a calendar entry: a subject is its ticket number or its label, never the member ID
 * (docs/privacy.md, "Calendars").
 */
export function queueItemEntry(x: WorkQueueItem): CalendarEntry {
  return explanationEntry(
    { ruleId: x.ruleId, ...x.explanation },
    `${x.subject.label}: ${x.name} due (${x.party}, ${x.status})`,
    uidParts(x),
  );
}

/** Two 32-bit FNV-style hashes of `text` as one number of 52 bits (exact in a double). */
function hash52(text: string): number {
  let a = 0x811c9dc5;
  let b = 0x1b873593;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0) * 0x100000 + ((b >>> 0) & 0xfffff);
}

/** The hashes of the UIDs of the queue's items seen more than once. */
async function repeatedHashes(queue: StoredWorkQueue): Promise<Set<number>> {
  const hashes = new Float64Array(queue.size);
  let k = 0;
  for await (const x of pacedItems(queue)) hashes[k++] = hash52(eventUid(uidParts(x)));
  hashes.sort();
  const repeated = new Set<number>();
  for (let i = 1; i < hashes.length; i++) if (hashes[i] === hashes[i - 1]) repeated.add(hashes[i] as number);
  return repeated;
}

/**
 * The queue's calendar, each piece handed to `put` as it is made: the bytes of `toICalendar` of
 * every item's entry, in the queue's order.
 */
export async function writeQueueIcs(queue: StoredWorkQueue, put: (text: string) => Promise<void>): Promise<void> {
  const writer = icalendarWriter({ name: "Work queue", asOf: queue.asOf });
  const repeated = await repeatedHashes(queue);
  const counts = new Map<string, number>();
  await put(writer.header);
  for await (const x of pacedItems(queue)) {
    const entry = queueItemEntry(x);
    let n = 1;
    if (repeated.has(hash52(entry.uid))) {
      n = (counts.get(entry.uid) ?? 0) + 1;
      counts.set(entry.uid, n);
    }
    await put(writer.event(entry, n));
  }
  await put(writer.footer);
}
