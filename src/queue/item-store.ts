import { compareText } from "../core/compare.js";
import type { Explanation } from "../core/types.js";
import type { QueueSubject, WorkQueueItem } from "./types.js";

// A work queue of a million tickets has most of a million items: as objects, each with its own
// explanation, they take several hundred bytes apiece. Most of an item is shared with others (its
// due date, its explanation: the same rule counted from the same day, its area, rule, party and
// levels), so the store keeps each distinct value once and an item as seven integers, and makes
// each item again, equal to the one added, when it is read.

/**
 * A growable column of 32-bit integers, in blocks of 16,384 that are never copied nor freed: a
 * column grown by copying into a larger array freed the smaller one each time, holes of megabytes
 * that the allocator kept (the process grew by more than the columns).
 */
class IntColumn {
  private static readonly SHIFT = 14;
  private readonly blocks: Int32Array[] = [];
  length = 0;
  push(value: number): void {
    const offset = this.length & ((1 << IntColumn.SHIFT) - 1);
    if (offset === 0) this.blocks.push(new Int32Array(1 << IntColumn.SHIFT));
    (this.blocks[this.blocks.length - 1] as Int32Array)[offset] = value;
    this.length++;
  }
  at(index: number): number {
    return this.blocks[index >> IntColumn.SHIFT]?.[index & ((1 << IntColumn.SHIFT) - 1)] ?? 0;
  }
}

/**
 * Texts kept as UTF-8 in blocks of 1 MiB, outside the JS heap: no string, string header or pointer
 * per text (a few hundred thousand subjects took some 120 bytes each as strings), and nothing for
 * the collector to trace or to leave room for. A text that may not fit a block is kept as a string.
 */
class TextArena {
  private static readonly BLOCK = 1 << 20;
  private readonly blocks: Uint8Array[] = [];
  private used = TextArena.BLOCK;
  private readonly long: string[] = [];
  // Each text's block and place in it (block × BLOCK + offset), or -1 - its index in `long`; and its length in bytes.
  private readonly at = new IntColumn();
  private readonly bytes = new IntColumn();
  private readonly encoder = new TextEncoder();
  private readonly decoder = new TextDecoder();
  get length(): number {
    return this.at.length;
  }
  push(text: string): void {
    if (text.length * 3 > TextArena.BLOCK / 16) {
      this.long.push(text);
      this.at.push(-1 - (this.long.length - 1));
      this.bytes.push(0);
      return;
    }
    let block = this.blocks[this.blocks.length - 1] as Uint8Array;
    let written = this.used + text.length * 3 <= TextArena.BLOCK ? this.write(block, text) : -1;
    if (written < 0) {
      block = new Uint8Array(TextArena.BLOCK);
      this.blocks.push(block);
      this.used = 0;
      written = this.write(block, text);
    }
    this.at.push((this.blocks.length - 1) * TextArena.BLOCK + this.used);
    this.bytes.push(written);
    this.used += written;
  }
  private write(block: Uint8Array, text: string): number {
    return this.encoder.encodeInto(text, block.subarray(this.used)).written;
  }
  text(index: number): string {
    const at = this.at.at(index);
    if (at < 0) return this.long[-1 - at] as string;
    const block = this.blocks[Math.floor(at / TextArena.BLOCK)] as Uint8Array;
    const offset = at % TextArena.BLOCK;
    return this.decoder.decode(block.subarray(offset, offset + this.bytes.at(index)));
  }
}

/** Distinct values by a key, each given a number in the order first seen. */
class Interned<T> {
  readonly values: T[] = [];
  private readonly numbers = new Map<string, number>();
  numberOf(key: string, value: T): number {
    let n = this.numbers.get(key);
    if (n === undefined) {
      n = this.values.length;
      this.numbers.set(key, n);
      this.values.push(value);
    }
    return n;
  }
}

/** What an item has in common with others of its kind (its area, status, rule, name, party, level). */
type Kind = Pick<WorkQueueItem, "area" | "status" | "ruleId" | "name" | "party" | "atRisk">;

/** The rank of each value (0 for the first in order; equal values the same rank). */
function ranks<T>(values: readonly T[], compare: (a: T, b: T) => number): Int32Array {
  const order = values.map((_, i) => i).sort((a, b) => compare(values[a] as T, values[b] as T));
  const rank = new Int32Array(values.length);
  let r = 0;
  order.forEach((index, position) => {
    const previous = order[position - 1];
    if (previous !== undefined && compare(values[previous] as T, values[index] as T) !== 0) r++;
    rank[index] = r;
  });
  return rank;
}

const subjectId = (s: QueueSubject) => s.ticketNumber ?? s.member ?? "";

/** Work queue items kept compactly: {@link queueItemStore}. */
export interface QueueItemStore {
  readonly add: (item: WorkQueueItem) => void;
  readonly size: () => number;
  /**
   * The items in the queue's order (`workQueueFrom`'s: due date, area, subject, rule, name,
   * party, then the order they were added), each made again as it is reached.
   */
  readonly sorted: () => Generator<WorkQueueItem>;
}

/**
 * A store of work queue items in little memory per item: each distinct due date, explanation
 * (by its JSON) and kind kept once, each subject once as its JSON text, in UTF-8 outside the JS
 * heap (the items of one result share their subject object, `resultDeadlines`), an item as their
 * numbers and its three counts.
 *
 * @example const store = queueItemStore(); for (const x of items) store.add(x); [...store.sorted()]
 */
export function queueItemStore(): QueueItemStore {
  const dueDates = new Interned<string>();
  const explanations = new Interned<Explanation>();
  const kinds = new Interned<Kind>();
  // A subject as the number of its field names and the JSON text of its values: one flat string
  // instead of an object and its strings, and each list of field names once.
  const fieldNames = new Interned<string[]>();
  const subjects = new TextArena();
  let lastSubject: QueueSubject | undefined;
  const columns = {
    due: new IntColumn(),
    explanation: new IntColumn(),
    kind: new IntColumn(),
    subject: new IntColumn(),
  };
  const counts = { business: new IntColumn(), calendar: new IntColumn(), percent: new IntColumn() };
  const add = (x: WorkQueueItem) => {
    const kind = { area: x.area, status: x.status, ruleId: x.ruleId, name: x.name, party: x.party, atRisk: x.atRisk };
    if (lastSubject !== x.subject) {
      lastSubject = x.subject;
      // As JSON.stringify writes an object: a field whose value is undefined is left out.
      const fields = Object.entries(x.subject).filter(([, v]) => v !== undefined);
      const names = fields.map(([k]) => k);
      subjects.push(`${fieldNames.numberOf(JSON.stringify(names), names)}${JSON.stringify(fields.map(([, v]) => v))}`);
    }
    columns.due.push(dueDates.numberOf(x.dueDate, x.dueDate));
    columns.explanation.push(explanations.numberOf(JSON.stringify(x.explanation), x.explanation));
    columns.kind.push(kinds.numberOf(JSON.stringify(Object.values(kind)), kind));
    columns.subject.push(subjects.length - 1);
    counts.business.push(x.businessDaysLeft);
    counts.calendar.push(x.calendarDaysLeft);
    counts.percent.push(x.elapsedPercent);
  };
  const subjectAt = (i: number): QueueSubject => {
    const text = subjects.text(columns.subject.at(i));
    const at = text.indexOf("[");
    const values = JSON.parse(text.slice(at)) as unknown[];
    const names = fieldNames.values[Number(text.slice(0, at))] as string[];
    return Object.fromEntries(names.map((name, k) => [name, values[k]])) as unknown as QueueSubject;
  };
  const itemAt = (i: number): WorkQueueItem => {
    const k = kinds.values[columns.kind.at(i)] as Kind;
    return {
      area: k.area,
      dueDate: dueDates.values[columns.due.at(i)] as string,
      businessDaysLeft: counts.business.at(i),
      calendarDaysLeft: counts.calendar.at(i),
      status: k.status,
      ruleId: k.ruleId,
      name: k.name,
      party: k.party,
      subject: subjectAt(i),
      atRisk: k.atRisk,
      elapsedPercent: counts.percent.at(i),
      explanation: explanations.values[columns.explanation.at(i)] as Explanation,
    } as WorkQueueItem;
  };
  // The order is worked out once, when first read (a table reads the items twice: widths, rows).
  let order: Uint32Array | undefined;
  const sorted = function* () {
    order ??= orderOf(columns, { dueDates, kinds }, subjectAt);
    for (const i of order) yield itemAt(i);
  };
  return {
    add: (x) => {
      order = undefined;
      add(x);
    },
    size: () => columns.due.length,
    sorted,
  };
}

function orderOf(
  columns: { due: IntColumn; kind: IntColumn; subject: IntColumn },
  values: { dueDates: Interned<string>; kinds: Interned<Kind> },
  subjectAt: (i: number) => QueueSubject,
): Uint32Array {
  // The order of compareItems (work-queue.ts): by due date and area first, as ranks of their
  // distinct values; then each run of one due date and area (a few hundred items) by subject,
  // rule, name and party, its subjects read only for that run. Equal items keep their order.
  const due = ranks(values.dueDates.values, compareText);
  const area = ranks(values.kinds.values, (a, b) => compareText(a.area, b.area));
  const rest = ranks(
    values.kinds.values,
    (a, b) => compareText(a.ruleId, b.ruleId) || compareText(a.name, b.name) || compareText(a.party, b.party),
  );
  const dueOf = (i: number) => due[columns.due.at(i)] ?? 0;
  const areaOf = (i: number) => area[columns.kind.at(i)] ?? 0;
  const order = Uint32Array.from({ length: columns.due.length }, (_, i) => i).sort(
    (i, j) => dueOf(i) - dueOf(j) || areaOf(i) - areaOf(j) || i - j,
  );
  const sameRun = (i: number, j: number) => dueOf(i) === dueOf(j) && areaOf(i) === areaOf(j);
  for (let start = 0; start < order.length; ) {
    let end = start + 1;
    while (end < order.length && sameRun(order[start] ?? 0, order[end] ?? 0)) end++;
    sortRun(order.subarray(start, end), (i) => ({ i, subject: subjectAt(i), rest: rest[columns.kind.at(i)] ?? 0 }));
    start = end;
  }
  return order;
}

/** Sorts, in place, items of one due date and area by subject, then rule, name and party, then the order added. */
function sortRun(run: Uint32Array, read: (i: number) => { i: number; subject: QueueSubject; rest: number }): void {
  const items = [...run].map(read);
  items.sort(
    (a, b) =>
      compareText(a.subject.label, b.subject.label) ||
      compareText(subjectId(a.subject), subjectId(b.subject)) ||
      a.rest - b.rest ||
      a.i - b.i,
  );
  items.forEach((x, k) => {
    run[k] = x.i;
  });
}
