import { compareText } from "../core/compare.js";
import type { Explanation } from "../core/types.js";
import type { QueueSubject, WorkQueueItem } from "./types.js";

// A work queue of a million tickets has most of a million items: as objects, each with its own
// explanation, they take several hundred bytes apiece. Most of an item is shared with others (its
// due date, its explanation: the same rule counted from the same day, its area, rule, party and
// levels), so the store keeps each distinct value once and an item as seven integers, and makes
// each item again, equal to the one added, when it is read.

/** A growable column of 32-bit integers. */
class IntColumn {
  private data = new Int32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(Math.ceil(this.data.length * 1.5));
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
  at(index: number): number {
    return this.data[index] ?? 0;
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
 * (by its JSON) and kind kept once, each subject once as its JSON text (the items of one result
 * share their subject object, `resultDeadlines`), an item as their numbers and its three counts.
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
  const subjects: string[] = [];
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
    const text = subjects[columns.subject.at(i)] as string;
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
