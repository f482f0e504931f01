// The other views of the `ticket` command: --compare-calendar (the deadlines a calendar change
// moves), --project (the deadlines that will follow, each under its condition) and
// --format html (the timeline page, TICKET_DOCUMENTS). Each is one call of the library; nothing is computed here.
import type { Command } from "commander";
import type { Deadline } from "../../core/types.js";
import { deadlineImpactStream, ticketProjector } from "../../api/operations/impact.js";
import type { TicketDeadlineChange } from "../../impact/deadline-impact.js";
import type { ProjectedDeadline, TicketProjection } from "../../impact/project-ticket.js";
import type { TicketEvaluation } from "../../portal/evaluate-ticket.js";
import { calendarFlag } from "../calendar-flag.js";
import { type CommonOptions, UsageError } from "../context.js";
import type { Columns } from "../output.js";
import type { DocumentFormat, RecordContext } from "./records-command.js";
import { optionsFile } from "../options-file.js";
import { PortalOptionsSchema } from "../../portal/options.js";
import { workQueueRun as workQueue } from "../../api/operations/queue.js";
import { rulesSettingOf } from "../rules-file.js";
import { timelineDrawer, timelinePageRun as timelinePage } from "../../api/operations/outputs-runs.js";
import type { TicketTimeline, TimelineAndEvaluation } from "../../timeline/ticket-timeline.js";
import { countText } from "../../core/describe-value.js";
import { EML_DOCUMENT } from "./ticket-eml.js";

/** One deadline of a projection, as a row: the ticket, the deadline, and its condition (null when it exists). */
export type ProjectionRow = {
  readonly ticketNumber: string;
  readonly mco: string;
  readonly condition: string | null;
} & (Deadline | ProjectedDeadline);

/** A result of the `ticket` command, by view. */
export type TicketRow = TicketEvaluation | ProjectionRow | TicketDeadlineChange;

type Options = CommonOptions & Record<string, unknown>;
type View = "evaluate" | "project" | "compare";

/** Adds --compare-calendar and --project to the `ticket` command. */
export function ticketViewOptions(command: Command): Command {
  return command
    .option(
      "--compare-calendar <file|json>",
      "list the deadlines whose due date or status differs under this calendar (before: --calendar, or the State " +
        "Holidays)",
    )
    .option("--project", "add the deadlines that will follow, each under the condition that brings it");
}

/** The view the options ask for; a UsageError for two views at once or a view the format cannot show. */
export function ticketView(options: Options): View {
  const compare = options.compareCalendar !== undefined;
  const project = options.project === true;
  if (compare && project) throw new UsageError("--compare-calendar and --project cannot be combined");
  if ((compare || project) && options.format === "ics")
    throw new UsageError("--format ics lists existing deadlines only: drop --compare-calendar and --project");
  if (compare && options.format === "html")
    throw new UsageError("--format html shows timelines: drop --compare-calendar");
  return compare ? "compare" : project ? "project" : "evaluate";
}

/** What a stream of records (one command's context) holds: one projector, comparison, drawer, each with its cache. */
interface Stream {
  project?: (ticket: unknown) => TicketProjection;
  compare?: (tickets: Iterable<unknown>) => TicketDeadlineChange[];
  draw?: (ticket: unknown) => TimelineAndEvaluation;
}
const STREAMS = new WeakMap<RecordContext, Stream>();
function streamOf(context: RecordContext): Stream {
  let stream = STREAMS.get(context);
  if (stream === undefined) {
    stream = {};
    STREAMS.set(context, stream);
  }
  return stream;
}

function projectionRows(value: unknown, context: RecordContext, options: unknown): ProjectionRow[] {
  const stream = streamOf(context);
  stream.project ??= ticketProjector({
    asOf: context.asOf,
    calendar: context.calendar,
    detail: context.detail,
    options,
    ...rulesSettingOf(context.options),
  });
  const p = stream.project(value);
  const of = { ticketNumber: p.ticketNumber, mco: p.mco };
  return [...p.existing.map((d) => ({ ...of, condition: null, ...d })), ...p.projected.map((d) => ({ ...of, ...d }))];
}

/**
 * The results of one ticket in the chosen view: its evaluation, its projection rows, or the
 * changes of its deadlines under --compare-calendar.
 */
export function evaluateView(
  value: unknown,
  context: RecordContext,
  options: unknown,
  evaluate: () => TicketEvaluation,
): TicketRow | TicketRow[] {
  const view = ticketView(context.options);
  if (view === "project") return projectionRows(value, context, options);
  if (view === "compare") {
    const stream = streamOf(context);
    if (stream.compare === undefined) {
      const after = calendarFlag("--compare-calendar", context.options.compareCalendar as string);
      const rules = rulesSettingOf(context.options);
      stream.compare = deadlineImpactStream({ asOf: context.asOf, before: context.calendar, after, options, ...rules });
    }
    return stream.compare([value]);
  }
  return evaluate();
}

const PROJECTION_COLUMNS: Columns<ProjectionRow> = [
  ["Ticket", (r) => r.ticketNumber],
  ["Deadline", (r) => r.name],
  ["Party", (r) => r.party],
  ["Due", (r) => r.dueDate],
  ["Status", (r) => r.status],
  ["Condition", (r) => r.condition ?? "-"],
];

const side = (s: TicketDeadlineChange["before"], key: "dueDate" | "status") => (s === null ? "-" : s[key]);
const IMPACT_COLUMNS: Columns<TicketDeadlineChange> = [
  ["Ticket", (r) => r.ticketNumber],
  ["MCO", (r) => r.mco],
  ["Deadline", (r) => r.name],
  ["Party", (r) => r.party],
  ["Due before", (r) => side(r.before, "dueDate")],
  ["Due after", (r) => side(r.after, "dueDate")],
  ["Moved", (r) => countText(r.daysMoved, "day")],
  ["Status before", (r) => side(r.before, "status")],
  ["Status after", (r) => side(r.after, "status")],
];

/** The table's columns in the chosen view. */
export function viewColumns(options: Options, evaluation: Columns<TicketEvaluation>): Columns<TicketRow> {
  const view = ticketView(options);
  const columns = view === "project" ? PROJECTION_COLUMNS : view === "compare" ? IMPACT_COLUMNS : evaluation;
  return columns as Columns<TicketRow>;
}

/** The header of the output in the chosen view: the calendar compared with, under --compare-calendar. */
export function viewHeader(context: RecordContext): Record<string, unknown> {
  if (ticketView(context.options) !== "compare") return {};
  return { comparedWith: calendarFlag("--compare-calendar", context.options.compareCalendar as string).name };
}

type Drawn = { readonly timeline: TicketTimeline; readonly evaluation: TicketEvaluation };

/**
 * `--format html`: one self-contained page, the work queue of the tickets' open and missed
 * deadlines at the top (workQueue), then a timeline per ticket (projected deadlines with
 * --project). Each ticket is evaluated once, for both.
 */
export const TICKET_DOCUMENTS: Readonly<Record<string, DocumentFormat>> = {
  html: {
    evaluate: (value, context) => {
      ticketView(context.options);
      const options = optionsFile(context.options.options as string | undefined, PortalOptionsSchema);
      const stream = streamOf(context);
      stream.draw ??= timelineDrawer({
        asOf: context.asOf,
        calendar: context.calendar,
        options,
        project: context.options.project === true,
        ...rulesSettingOf(context.options),
      });
      return stream.draw(value);
    },
    render: (results, context) => {
      const drawn = results as Drawn[];
      const queue = workQueue(
        drawn.map((d) => d.evaluation),
        { asOf: context.asOf, calendar: context.calendar },
      );
      return timelinePage(
        drawn.map((d) => d.timeline),
        { asOf: context.asOf, calendar: context.calendar, queue: queue.items },
      );
    },
  },
  eml: EML_DOCUMENT,
};
