import { explanationText } from "../calendar/explain.js";
import type { RuleId } from "../rules/rule-id.js";
import type { BusinessCalendar } from "../calendar/business-calendar.js";
import { freezeTree } from "../core/freeze.js";
import type { IsoDate } from "../core/iso-date.js";
import type { Party, Severity } from "../core/types.js";
import { projectTicketOf } from "../impact/project-ticket.js";
import { DatesCache } from "../portal/dates-cache.js";
import { evaluateTicketOf, type ResolvedTicketSettings, type TicketEvaluation } from "../portal/evaluate-ticket.js";
import type { ClosureReason, Ticket, TicketEvent } from "../portal/schemas.js";
import type { TicketStatus } from "../portal/status.js";
import type { TimelineStatus } from "./status-look.js";

/** A dated point of a ticket's life: the portal filing, or an event of its history (type only). */
export interface TimelineEvent {
  readonly date: IsoDate;
  /** What happened, in the policy's words, e.g. `proposal submitted`, `evidence delivered (MCO)`. */
  readonly label: string;
}

/** A deadline on the timeline: from the day its count starts to its due date. */
export interface TimelineDeadline {
  readonly ruleId: RuleId;
  readonly name: string;
  readonly party: Party;
  /** The day the count starts (the explanation's start). */
  readonly start: IsoDate;
  readonly dueDate: IsoDate;
  readonly status: TimelineStatus;
  readonly metOn: IsoDate | null;
  /** The explanation's one line. */
  readonly explanation: string;
  /** The condition that brings a projected deadline; null for one that exists. */
  readonly condition: string | null;
}

/**
 * What the timeline of one ticket shows, and nothing more: no member (name, Recipient ID,
 * dates of service), no free text of an event (notes, plans, contacts), per the privacy rule.
 */
export interface TicketTimeline {
  readonly ticketNumber: string;
  readonly mco: string;
  readonly program: string;
  readonly providerType: string;
  readonly asOf: IsoDate;
  readonly status: TicketStatus;
  readonly closureReason: ClosureReason | null;
  readonly events: readonly TimelineEvent[];
  readonly deadlines: readonly TimelineDeadline[];
  readonly findings: readonly {
    readonly ruleId: RuleId;
    readonly code: string | null;
    readonly severity: Severity;
    readonly message: string;
  }[];
}

/** The settings of `ticketTimeline`: the call shape of every evaluator, and `project`. */
export interface TicketTimelineSettings {
  readonly asOf: IsoDate | string;
  readonly calendar?: BusinessCalendar;
  /** The portal's open-point options, passed to `evaluateTicket` unchanged. */
  readonly options?: unknown;
  /** Also show the projected deadlines (`projectTicket`), each under its condition. */
  readonly project?: boolean;
  /** Rule versions of the caller's (docs/rule-changes.md), as every evaluation takes them. */
  readonly rules?: unknown;
}

type LabelOf = { readonly [T in TicketEvent["type"]]: (e: Extract<TicketEvent, { type: T }>) => string };
const typeOnly = (e: TicketEvent) => e.type;

// An event's label: its type, and who acted when the type does not say. One entry per event
// type of the ticket schema: a type added there without a label here does not compile. The
// label never holds an event's free text (notes, plans, contacts, an HFS outcome).
const EVENT_LABELS: LabelOf = Object.freeze({
  "presented to MCO": typeOnly,
  "information requested": typeOnly,
  "information provided": typeOnly,
  "extension requested": (e) => `extension requested (${e.requestedBy})`,
  "extension decision": (e) => (e.approved ? "extension approved" : "extension denied"),
  "proposal submitted": typeOnly,
  "provider contest": typeOnly,
  "HFS review requested": typeOnly,
  "evidence delivered": (e) => `evidence delivered (${e.by})`,
  "Administrative Review started": typeOnly,
  "HFS decision": typeOnly,
  "ticket closed": (e) => `ticket closed (${e.reason})`,
  "fine issued": typeOnly,
});

const labelOf = (e: TicketEvent): string => (EVENT_LABELS[e.type] as (e: TicketEvent) => string)(e);

function eventsOf(ticket: Ticket, asOf: IsoDate): TimelineEvent[] {
  const known = ticket.events.filter((e) => e.date <= asOf).map((e) => ({ date: e.date, label: labelOf(e) }));
  // The internal dispute, weeks before the filing, is left out: it would stretch the axis over
  // days where no portal deadline runs (its dates are in the submission window of the evaluation).
  const filing =
    ticket.portalSubmittedOn <= asOf ? [{ date: ticket.portalSubmittedOn, label: "filed in the portal" }] : [];
  return [...filing, ...known].sort((a, b) => a.date.localeCompare(b.date));
}

/** A ticket's timeline and the evaluation it is drawn from. */
export interface TimelineAndEvaluation {
  readonly timeline: TicketTimeline;
  readonly evaluation: TicketEvaluation;
}

/**
 * The timeline of one parsed Provider Resolution Portal ticket as of `settings.asOf`, and the
 * evaluation it is drawn from (so that a caller that also wants the work queue, the CLI's
 * `--format html`, evaluates each ticket once): its events known by then, its deadlines (every
 * status) from the portal's evaluator and, with `project`, the deadlines that will follow
 * (`projectTicketOf`). The policy of `ticketTimeline` (the ticket parsed and the settings read at
 * the boundary: src/api/operations/outputs.ts).
 *
 * @example timelineOf(ticket, { asOf, options }, true).timeline.deadlines.map((d) => `${d.name} ${d.status}`)
 */
export function timelineOf(
  ticket: Ticket,
  settings: ResolvedTicketSettings,
  project: boolean,
  cache: DatesCache = new DatesCache(settings.options),
): TimelineAndEvaluation {
  const { asOf } = settings;
  const e = evaluateTicketOf(ticket, settings, cache);
  const existing: TimelineDeadline[] = e.deadlines.map((d) => ({
    ...pick(d),
    start: d.explanation.start,
    status: d.status,
    metOn: d.metOn,
    explanation: explanationText(d.explanation),
    condition: null,
  }));
  const projected: TimelineDeadline[] = project
    ? projectTicketOf(ticket, settings, cache).projected.map((d) => ({
        ...pick(d),
        start: d.explanation.start,
        status: "projected",
        metOn: null,
        explanation: explanationText(d.explanation),
        condition: d.condition,
      }))
    : [];
  const timeline: TicketTimeline = freezeTree({
    ticketNumber: e.ticketNumber,
    mco: e.mco,
    program: e.program,
    providerType: e.providerType,
    asOf,
    status: e.status,
    closureReason: e.closure?.reason ?? null,
    events: eventsOf(ticket, asOf),
    deadlines: [...existing, ...projected],
    findings: e.findings.map((f) => ({
      ruleId: f.ruleId,
      code: f.code ?? null,
      severity: f.severity,
      message: f.message,
    })),
  });
  return { timeline, evaluation: e };
}

const pick = (d: { ruleId: RuleId; name: string; party: Party; dueDate: IsoDate }) => ({
  ruleId: d.ruleId,
  name: d.name,
  party: d.party,
  dueDate: d.dueDate,
});
