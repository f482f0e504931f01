import * as z from "zod/mini";
import type { BusinessCalendar } from "../../calendar/business-calendar.js";
import { calendarArgument } from "../calendar-argument.js";
import { dateArgument, listArgument, settingsArgument } from "../../core/arguments.js";
import { parseInput } from "../../core/errors.js";
import { DatesCache } from "../../portal/dates-cache.js";
import type { EvaluateTicketSettings, ResolvedTicketSettings } from "../../portal/evaluate-ticket.js";
import { TicketSchema } from "../../portal/schemas.js";
import type { WorkQueueItem } from "../../queue/types.js";
import { QueueItemsSchema, type QueueRowItem } from "../../timeline/queue-item-schema.js";
import {
  type TicketTimeline,
  type TicketTimelineSettings,
  type TimelineAndEvaluation,
  timelineOf,
} from "../../timeline/ticket-timeline.js";
import { type TimelinePageSettings, timelinePageOf } from "../../timeline/timeline-page.js";
import { TicketTimelineSchema } from "../../timeline/timeline-schema.js";
import { timelineSvgOf } from "../../timeline/timeline-svg.js";
import { readTicketSettings } from "../settings/portal.js";
import { TICKET_ITEMS } from "./portal-runs.js";

// The checked runs of the timeline operations (declared in ./outputs.ts). The arguments are
// checked here, at the boundary, and nowhere in src/timeline: the policy (timelineOf,
// timelineSvgOf, timelinePageOf) takes a parsed ticket or checked timelines and resolved settings.

/**
 * @internal The checked run of `ticketTimeline`, with the evaluation the timeline is drawn from
 * (the CLI's `--format html` queues it, each ticket evaluated once): the settings, the ticket,
 * then the portal options. `project` is read as a flag.
 *
 * @example workQueueRun([timelineAndEvaluationRun(ticket, { asOf }).evaluation], { asOf })
 */
export function timelineAndEvaluationRun(ticket: unknown, settings: TicketTimelineSettings): TimelineAndEvaluation {
  return timelineDrawer(settings)(ticket);
}

/**
 * @internal {@link timelineAndEvaluationRun} for a stream of tickets under one set of settings
 * (the CLI's `--format html`): each call checks as `ticketTimeline` does until the settings are
 * read, once; then each ticket is parsed, and every timeline shares one cache.
 */
export function timelineDrawer(settings: TicketTimelineSettings): (ticket: unknown) => TimelineAndEvaluation {
  let read: ResolvedTicketSettings | undefined;
  let cache: DatesCache | undefined;
  return (ticket) => {
    if (read !== undefined && cache !== undefined)
      return timelineOf(parseInput(TicketSchema, ticket, TICKET_ITEMS.label), read, !!settings.project, cache);
    const fn = "ticketTimeline";
    settingsArgument(settings, fn);
    const asOf = dateArgument(settings.asOf, fn, "settings.asOf");
    const calendar =
      settings.calendar === undefined ? undefined : calendarArgument(settings.calendar, fn, "settings.calendar");
    const parsed = parseInput(TicketSchema, ticket, TICKET_ITEMS.label);
    const rules = settings.rules === undefined ? {} : { rules: settings.rules };
    const base = { asOf, options: settings.options, ...rules, ...(calendar ? { calendar } : {}) };
    read = readTicketSettings(base as EvaluateTicketSettings, "evaluateTicket");
    cache = new DatesCache(read.options);
    return timelineOf(parsed, read, !!settings.project, cache);
  };
}

/** @internal The checked run of `ticketTimeline`. */
export function ticketTimelineRun(ticket: unknown, settings: TicketTimelineSettings): TicketTimeline {
  return timelineAndEvaluationRun(ticket, settings).timeline;
}

/**
 * A timeline handed back by a caller, checked (`ticketTimelineSvg` names it, also for
 * `timelinePage`) and passed on as given: the schema checks the fields the picture reads.
 */
function timelineArgument(timeline: TicketTimeline): TicketTimeline {
  parseInput(TicketTimelineSchema, timeline, "ticketTimelineSvg: timeline");
  return timeline;
}

/** @internal The checked run of `ticketTimelineSvg`: the timeline, then the calendar. */
export function ticketTimelineSvgRun(timeline: TicketTimeline, calendar: BusinessCalendar): string {
  const checked = timelineArgument(timeline);
  return timelineSvgOf(checked, calendarArgument(calendar, "ticketTimelineSvg"));
}

/**
 * The items, checked: a RuleInputError naming `settings.queue` (and the item's field) when they
 * are not queue items.
 *
 * @example queueItemsArgument({ items: [] } as never, "timelinePage")
 * // throws "timelinePage: settings.queue: expected a list, got an object"
 */
function queueItemsArgument(queue: readonly WorkQueueItem[], fn: string): readonly QueueRowItem[] {
  return parseInput(z.object({ settings: z.object({ queue: QueueItemsSchema }) }), { settings: { queue } }, fn).settings
    .queue;
}

/**
 * @internal The checked run of `timelinePage`: the list, the settings (`asOf`, the calendar, the
 * queue's items), then each timeline in turn, as its picture (`ticketTimelineSvg`) checks it.
 */
export function timelinePageRun(timelines: readonly TicketTimeline[], settings: TimelinePageSettings): string {
  const fn = "timelinePage";
  listArgument(timelines, fn, "timelines");
  settingsArgument(settings, fn);
  const asOf = dateArgument(settings.asOf, fn, "settings.asOf");
  const calendar = calendarArgument(settings.calendar, fn, "settings.calendar");
  const queue = settings.queue === undefined ? undefined : queueItemsArgument(settings.queue, fn);
  const checked = timelines.map(timelineArgument);
  return timelinePageOf(checked, {
    asOf,
    calendar,
    ...(settings.title === undefined ? {} : { title: settings.title }),
    ...(queue === undefined ? {} : { queue }),
  });
}
