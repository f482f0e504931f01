import type { AsOfSettings } from "../../calendar/settings.js";
import { readAsOfSettings } from "../settings/read-settings.js";
import { iterableArgument } from "../../core/arguments.js";
import { RuleInputError } from "../../core/errors.js";
import type { WorkQueueOptions } from "../../queue/options.js";
import { type ResultDeadlines, resultDeadlines } from "../../queue/sources.js";
import type { WorkQueue, WorkQueueItem } from "../../queue/types.js";
import { queueItemStore } from "../../queue/item-store.js";
import { optionRecord, type WorkQueueContext, workQueueItemsOf, workQueueOf } from "../../queue/work-queue.js";
import { data, settings } from "../arguments.js";
import { declareOperation, entry } from "../operation.js";
import { resolveWorkQueueOptions } from "../settings/queue.js";

// The work queue across areas (docs/queue.md): each public operation declared once (src/api/operation.ts).
// The arguments are checked here, at the boundary, and nowhere in src/queue: the policy
// (workQueueOf) takes each result's deadlines as recognised and the options resolved.

const KNOWN_RESULTS = [
  "is not a result workQueue knows (a ticket evaluation, WebCM contact deadlines, a spenddown member-month",
  "or provider quarter, a sanction calendar, notices or notices as of a date)",
].join(" ");

/** The deadlines of the result at `index`: anything of no known shape is a RuleInputError naming `results[index]`. */
function recognise(result: unknown, index: number): ResultDeadlines {
  const field = `results[${index}]`;
  if (typeof result !== "object" || result === null || Array.isArray(result))
    throw new RuleInputError([{ field, reason: "is not the result of an evaluator (an object expected)" }]);
  const found = resultDeadlines(result, index);
  if (found === undefined) throw new RuleInputError([{ field, reason: KNOWN_RESULTS }]);
  return found;
}

/**
 * The deadlines of each result in input order, recognised one by one as the policy reads them
 * (so that a bad result is named when reached, as before the move).
 */
function* recognised(results: Iterable<unknown>): Generator<ResultDeadlines> {
  let index = 0;
  for (const result of results) yield recognise(result, index++);
}

/** A work queue built one result at a time: {@link workQueueBuilder}. */
export interface WorkQueueBuilder {
  /** Adds one result's items; a result of no known shape is a RuleInputError naming `results[i]`. */
  readonly add: (result: unknown) => void;
  /** The queue of every result added: its items in `workQueue`'s order, read one at a time. */
  readonly finish: () => StoredWorkQueue;
}

/** A work queue whose items are read one at a time, in the queue's order, from a compact store. */
export interface StoredWorkQueue extends Omit<WorkQueue, "items"> {
  readonly size: number;
  readonly items: () => Iterable<WorkQueueItem>;
}

/**
 * @internal `workQueue` one result at a time, for a caller that streams its results (the CLI's
 * `queue`): the settings are checked here, each result is recognised as it is added and only its
 * queue items are kept (compactly: `queueItemStore`), never the result, so the memory grows with
 * the queue, not the input. The same items in the same order as `workQueue` of the same results.
 */
export function workQueueBuilder(settings: AsOfSettings<WorkQueueOptions>): WorkQueueBuilder {
  const read = readAsOfSettings(settings, "workQueue");
  const ctx: WorkQueueContext = {
    asOf: read.asOf,
    calendar: read.calendar,
    options: resolveWorkQueueOptions(read.options),
  };
  const store = queueItemStore();
  let index = 0;
  return {
    add: (result) => {
      for (const x of workQueueItemsOf(recognise(result, index), ctx)) store.add(x);
      index++;
    },
    finish: () => ({ asOf: ctx.asOf, options: optionRecord(ctx.options), size: store.size(), items: store.sorted }),
  };
}

/** @internal The checked run of `workQueue`: the settings, then the list, then the options, then each result. */
export function workQueueRun(results: Iterable<unknown>, settings: AsOfSettings<WorkQueueOptions>): WorkQueue {
  const read = readAsOfSettings(settings, "workQueue");
  iterableArgument(results, "workQueue", "results");
  const options = resolveWorkQueueOptions(read.options);
  return workQueueOf(recognised(results), { asOf: read.asOf, calendar: read.calendar, options });
}

export const WORK_QUEUE = /* @__PURE__ */ declareOperation({
  name: "workQueue",
  area: "queue",
  summary: "The work queue as of `asOf`.",
  context: "work queue",
  arguments: [/* @__PURE__ */ data("results"), /* @__PURE__ */ settings()],
  settings: ["asOf", "options"],
  run: workQueueRun,
});

/**
 * The work queue as of `asOf`: one item per open or missed deadline of the given results, of any
 * area (portal ticket evaluations, WebCM contact deadlines, spenddown member-months and provider
 * quarters, sanction calendars, notices and notices as of a date; each recognised by its shape,
 * docs/queue.md), sorted by due date, then area, subject, rule, name and party. Each item says
 * how many business days are left (negative when missed), its status, rule, party, what it is
 * about, its at-risk level and its explanation. A closed ticket adds nothing (its deadlines are
 * moot). Options (`WorkQueueOptions`): `withinBusinessDays`, `withinCalendarDays`, `parties`,
 * `atRisk`. A result of no known shape is a RuleInputError naming `results[i]`.
 *
 * @example
 * workQueue(evaluateTickets(tickets, { asOf: "2024-06-20" }), { asOf: "2024-06-20",
 *   options: { withinBusinessDays: 5 } })
 *   .items.map((i) => `${i.dueDate} ${i.subject.label} ${i.name} ${i.businessDaysLeft}`)
 */
export const workQueue = /* @__PURE__ */ entry(WORK_QUEUE);
