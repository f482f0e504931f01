import { businessDaysBetween } from "../calendar/business-days-between.js";
import type { BusinessCalendar } from "../calendar/business-calendar.js";
import { compareText } from "../core/compare.js";
import { explanationOfDeadline } from "../core/deadline.js";
import { daysBetween, type IsoDate } from "../core/iso-date.js";
import type { Deadline } from "../core/types.js";
import { atRiskLevel, elapsedPercent } from "./at-risk.js";
import type { ResolvedWorkQueueOptions } from "./options.js";
import type { QueueCandidate, ResultDeadlines } from "./sources.js";
import { QUEUE_STATUSES, type QueueStatus, type WorkQueue, type WorkQueueItem } from "./types.js";

/** The settings of {@link workQueueOf}: checked, the options resolved (src/api/operations/queue.ts). */
export interface WorkQueueContext {
  readonly asOf: IsoDate;
  readonly calendar: BusinessCalendar;
  readonly options: ResolvedWorkQueueOptions;
}

function item(c: QueueCandidate, status: QueueStatus, ctx: WorkQueueContext): WorkQueueItem {
  const d = c.deadline;
  const percent = elapsedPercent(d.explanation, ctx.asOf, ctx.calendar);
  return {
    area: c.area,
    dueDate: d.dueDate,
    businessDaysLeft: businessDaysBetween(ctx.asOf, d.dueDate, ctx.calendar),
    calendarDaysLeft: daysBetween(ctx.asOf, d.dueDate),
    status,
    ruleId: d.ruleId,
    name: d.name,
    party: d.party,
    subject: c.subject,
    atRisk: atRiskLevel(percent, status, ctx.options.atRisk),
    elapsedPercent: percent,
    explanation: d.explanation,
  };
}

/** In the queue: open or missed, a party asked for, within the window. */
function inQueue(x: WorkQueueItem, o: ResolvedWorkQueueOptions): boolean {
  if (o.parties !== null && !o.parties.has(x.party)) return false;
  if (o.withinBusinessDays !== null && x.businessDaysLeft > o.withinBusinessDays) return false;
  return o.withinCalendarDays === null || x.calendarDaysLeft <= o.withinCalendarDays;
}

// Due date first; then a stable key, so that equal inputs in any order give the same queue.
function compareItems(a: WorkQueueItem, b: WorkQueueItem): number {
  return (
    compareText(a.dueDate, b.dueDate) ||
    compareText(a.area, b.area) ||
    compareText(a.subject.label, b.subject.label) ||
    compareText(a.subject.ticketNumber ?? a.subject.member ?? "", b.subject.ticketNumber ?? b.subject.member ?? "") ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.name, b.name) ||
    compareText(a.party, b.party)
  );
}

/** The options used, by name, as the queue states them. */
export function optionRecord(o: ResolvedWorkQueueOptions): Record<string, string> {
  return {
    withinBusinessDays: o.withinBusinessDays === null ? "any" : String(o.withinBusinessDays),
    withinCalendarDays: o.withinCalendarDays === null ? "any" : String(o.withinCalendarDays),
    parties: o.parties === null ? "all" : [...o.parties].join(", "),
    atRisk: `warning ${o.atRisk.warning}%, critical ${o.atRisk.critical}%`,
  };
}

// Only an open or missed deadline is work: met, late, not used and not applicable ones are not.
const isWork = (d: Deadline): d is Deadline & { status: QueueStatus } =>
  (QUEUE_STATUSES as readonly string[]).includes(d.status);

/**
 * The items of one result's deadlines (`resultDeadlines`) as of `asOf`, in the result's order:
 * one per open or missed deadline, and one per undated due date not passed yet (listed as open,
 * never as missed: nothing says whether HFS acted), each kept when in the options' window and
 * parties. A caller that streams its results keeps only these, never the results.
 *
 * @example workQueueItemsOf(resultDeadlines(evaluation, 0), { asOf, calendar, options }).length
 */
export function workQueueItemsOf(found: ResultDeadlines, ctx: WorkQueueContext): WorkQueueItem[] {
  const items: WorkQueueItem[] = [];
  const keep = (x: WorkQueueItem) => {
    if (inQueue(x, ctx.options)) items.push(x);
  };
  for (const c of found.deadlines) if (isWork(c.deadline)) keep(item(c, c.deadline.status, ctx));
  for (const u of found.undated) {
    if (u.explanation.result < ctx.asOf) continue;
    const deadline = {
      ruleId: u.ruleId,
      name: u.name,
      party: "HFS",
      dueDate: u.explanation.result,
      status: "open",
      metOn: null,
      daysLate: 0,
      explanation: explanationOfDeadline(u.explanation),
    } as const;
    keep(item({ area: "sanctions", deadline, subject: u.subject }, "open", ctx));
  }
  return items;
}

/**
 * The work queue of the items gathered in input order ({@link workQueueItemsOf} of each result):
 * sorted, in place, by due date, then area, subject, rule, name and party (a stable sort: equal
 * items keep their input order).
 *
 * @example workQueueFrom(items, { asOf, calendar, options }).items.length
 */
export function workQueueFrom(items: WorkQueueItem[], ctx: WorkQueueContext): WorkQueue {
  return { asOf: ctx.asOf, items: items.sort(compareItems), options: optionRecord(ctx.options) };
}

/**
 * The work queue as of `asOf` of the deadlines of each result (`resultDeadlines`, read by the
 * boundary in input order): the items of each ({@link workQueueItemsOf}), sorted by due date,
 * then area, subject, rule, name and party ({@link workQueueFrom}).
 *
 * @example workQueueOf([resultDeadlines(evaluation, 0)], { asOf, calendar, options }).items.length
 */
export function workQueueOf(results: Iterable<ResultDeadlines>, ctx: WorkQueueContext): WorkQueue {
  const items: WorkQueueItem[] = [];
  for (const found of results) for (const x of workQueueItemsOf(found, ctx)) items.push(x);
  return workQueueFrom(items, ctx);
}
