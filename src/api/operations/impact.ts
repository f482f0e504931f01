import { calendarArgument } from "../calendar-argument.js";
import { detailSetting } from "../settings/read-settings.js";
import { dateArgument, iterableArgument, settingsArgument } from "../../core/arguments.js";
import { runBatch } from "../../core/batch.js";
import { parseInput } from "../../core/errors.js";
import {
  type DeadlineImpactSettings,
  type ImpactCaches,
  impactCaches,
  type ResolvedImpactSettings,
  type TicketDeadlineChange,
  ticketDeadlineChanges,
} from "../../impact/deadline-impact.js";
import { type ProjectTicketSettings, projectTicketOf, type TicketProjection } from "../../impact/project-ticket.js";
import { DatesCache } from "../../portal/dates-cache.js";
import type { EvaluateTicketSettings, ResolvedTicketSettings } from "../../portal/evaluate-ticket.js";
import type { PortalOptions } from "../../portal/options.js";
import { TicketSchema } from "../../portal/schemas.js";
import { data, items, settings } from "../arguments.js";
import { declareOperation, entry } from "../operation.js";
import { readTicketSettings } from "../settings/portal.js";
import { parseTicket, TICKET_ITEMS } from "./portal-runs.js";

// What a calendar change moves, a ticket's projected future (docs/impact.md): each public operation declared once
// (src/api/operation.ts). The arguments are checked here, at the boundary, and nowhere in src/impact: the policy
// (ticketDeadlineChanges, projectTicketOf) takes a parsed ticket and resolved settings.

/** @internal The checked run of `deadlineImpact`: the settings, the list, then each ticket parsed once. */
export function deadlineImpactRun(
  tickets: Iterable<unknown>,
  settings: DeadlineImpactSettings,
): TicketDeadlineChange[] {
  return deadlineImpactStream(settings)(tickets);
}

/**
 * @internal `deadlineImpact` for a stream of lists under one set of settings (the CLI's
 * `--compare-calendar`, a record at a time): each call checks as `deadlineImpact` does, and every
 * call shares the portal settings, read with the first ticket, and one pair of caches.
 */
export function deadlineImpactStream(
  settings: DeadlineImpactSettings,
): (tickets: Iterable<unknown>) => TicketDeadlineChange[] {
  let read: ResolvedImpactSettings | undefined;
  let caches: ImpactCaches | undefined;
  return (tickets) => {
    const fn = "deadlineImpact";
    settingsArgument(settings, fn);
    const asOf = dateArgument(settings.asOf, fn, "settings.asOf");
    const before = calendarArgument(settings.before, fn, "settings.before");
    const after = calendarArgument(settings.after, fn, "settings.after");
    iterableArgument(tickets, fn, "tickets");
    const options = settings.options as PortalOptions;
    const rules = settings.rules as EvaluateTicketSettings["rules"];
    const per = runBatch(tickets, "throw", TICKET_ITEMS, (ticket) => {
      // The portal options are checked with the first ticket, as `evaluateTicket` checks them: a
      // bad option is named with that ticket, and a list without tickets checks none.
      read ??= {
        before: readTicketSettings({ asOf, calendar: before, options, rules }, "evaluateTicket"),
        after: readTicketSettings({ asOf, calendar: after, options, rules }, "evaluateTicket"),
      };
      // One pair of caches for the whole batch (and stream): its tickets share the rule lookups and dates.
      caches ??= impactCaches(read);
      // Parsed as `evaluateTicket` parses it: its issues name the ticket as their rule.
      return ticketDeadlineChanges(parseTicket(ticket, TICKET_ITEMS.label), read, caches);
    });
    return (per as TicketDeadlineChange[][]).flat();
  };
}

/** @internal The checked run of `projectTicket`: the settings, the ticket, the detail, then the portal options. */
export function projectTicketRun(ticket: unknown, settings: ProjectTicketSettings): TicketProjection {
  return ticketProjector(settings)(ticket);
}

/**
 * @internal `projectTicket` for a stream of tickets under one set of settings (the CLI's
 * `--project`): each call checks as `projectTicket` does until the settings are read, once; then
 * each ticket is parsed, and every projection shares one cache.
 */
export function ticketProjector(settings: ProjectTicketSettings): (ticket: unknown) => TicketProjection {
  let read: ResolvedTicketSettings | undefined;
  let cache: DatesCache | undefined;
  return (ticket) => {
    if (read !== undefined && cache !== undefined)
      return projectTicketOf(parseInput(TicketSchema, ticket, TICKET_ITEMS.label), read, cache);
    const fn = "projectTicket";
    settingsArgument(settings, fn);
    const asOf = dateArgument(settings.asOf, fn, "settings.asOf");
    const calendar =
      settings.calendar === undefined ? undefined : calendarArgument(settings.calendar, fn, "settings.calendar");
    const parsed = parseInput(TicketSchema, ticket, TICKET_ITEMS.label);
    const detail = detailSetting(settings.detail, fn);
    const rules = settings.rules === undefined ? {} : { rules: settings.rules };
    const base = { asOf, options: settings.options, detail, ...rules, ...(calendar ? { calendar } : {}) };
    read = readTicketSettings(base as EvaluateTicketSettings, "evaluateTicket");
    cache = new DatesCache(read.options);
    return projectTicketOf(parsed, read, cache);
  };
}

export const DEADLINE_IMPACT = /* @__PURE__ */ declareOperation({
  name: "deadlineImpact",
  area: "impact",
  summary: "Which ticket deadlines a calendar change moves.",
  context: "CAL-STATE-HOLIDAYS",
  arguments: [/* @__PURE__ */ items("tickets", TicketSchema), /* @__PURE__ */ settings()],
  settings: ["asOf", "options", "detail", "rules"],
  run: deadlineImpactRun,
});

/**
 * Which ticket deadlines a calendar change moves: each ticket is evaluated as of `asOf` under
 * the `before` and the `after` calendar (`evaluateTicket`, same options), and every deadline
 * whose due date or status differs is listed with both due dates and statuses, in ticket order.
 * A ticket no deadline of which moves gives nothing. A bad ticket is a RuleInputError naming
 * it (ticket number and 0-based index); a bad setting, one naming the setting.
 *
 * @example
 * const closure = { date: "2024-07-05", name: "Office closure" };
 * const after = createCalendar({ base: illinoisStateCalendar(), add: [closure] });
 * deadlineImpact(tickets, { asOf: "2024-07-10", before: illinoisStateCalendar(), after })
 * // [{ ticketNumber: "PRP-2024-0614", name: "proposal", before: { dueDate: "2024-07-05", … }, after: { dueDate:
 * //   "2024-07-08", … }, daysMoved: 3, … }]
 */
export const deadlineImpact = /* @__PURE__ */ entry(DEADLINE_IMPACT);

export const PROJECT_TICKET = /* @__PURE__ */ declareOperation({
  name: "projectTicket",
  area: "impact",
  summary: "A ticket's whole future as of `asOf`.",
  context: "PORTAL-PROPOSAL-DUE",
  arguments: [/* @__PURE__ */ data("ticket", TicketSchema), /* @__PURE__ */ settings()],
  settings: ["asOf", "calendar", "options", "rules"],
  run: projectTicketRun,
});

/**
 * A ticket's whole future as of `asOf`: the deadlines that exist (`evaluateTicket`), and the
 * ones that will follow, each under the condition that brings it, in the policy's words: "if
 * the proposal is submitted on its due date" (the contest window), "if the provider contests
 * on the last day" (the HFS review request), "if HFS approves an extension requested on the
 * last allowed day" (the extended proposal). Each projected deadline is what `evaluateTicket`
 * gives, as of `evaluatedAsOf`, for the ticket with its events known as of `asOf` (those dated
 * on or before it) and `assumedEvents`: nothing is recomputed here. The presentation to the MCO
 * comes first: while it is due, the MCO's deadlines are projected from it (open point 4). A bad ticket or setting is a
 * RuleInputError naming it.
 *
 * @example
 * projectTicket(freshTicket, { asOf: "2024-05-20" }).projected.map((d) => `${d.name} ${d.dueDate} ${d.condition}`)
 * // ["proposal 2024-07-05 if the Portal Team presents the ticket to the MCO on its due date", "contest 2024-07-12 if
 * //   …", …]
 */
export const projectTicket = /* @__PURE__ */ entry(PROJECT_TICKET);
