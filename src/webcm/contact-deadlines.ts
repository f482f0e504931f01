import { countText } from "../core/describe-value.js";
import type { IsoDate } from "../core/iso-date.js";
import { makeDeadline } from "../core/deadline.js";
import type { Deadline } from "../core/types.js";
import { raiseFinding } from "../findings/kind.js";
import { WEBCM_FINDINGS, type WebcmFinding } from "./finding-codes.js";
import { type ContactIssue, contactIssuesOf, sameCoordinator } from "./contact-issues.js";
import { type ContactChannel, type ContactPeriod, contactOf } from "./contact-timeline.js";
import { webcmDeadlineExplanation, type WebcmDeadlineRule } from "./deadline-explanation.js";
import { sortEvents } from "./event-order.js";
import type { ResolvedWebcmOptions } from "./options.js";
import type { ContactEntry, WebcmEvent, WebcmMemberHistory } from "./schemas.js";

type Trigger = Extract<WebcmEvent, { type: "waiver assignment notified" | "care coordinator changed" }>;

/**
 * A contact entry, as named in results. The contact is part of the reference: two entries of the
 * same channel, date and id (or none) are told apart by what they carry.
 */
export interface ContactEntryRef {
  readonly channel: ContactChannel;
  readonly enteredOn: IsoDate;
  readonly id: string | null;
  readonly contact: ContactPeriod["contact"];
}

/** One WEBCM-INITIAL-DUE or WEBCM-CHANGE-DUE deadline of a member. */
export interface WebcmDeadline {
  readonly member: string;
  readonly mco: string;
  readonly trigger: Trigger["type"];
  readonly triggerDate: IsoDate;
  readonly triggerId: string | null;
  /** For a change: the coordinator a contact must name to meet the deadline. */
  readonly newCoordinator: string | null;
  /** The contact entry that met it (on time or late), or null. */
  readonly metBy: ContactEntryRef | null;
  readonly deadline: Deadline;
  /**
   * One line for a person, e.g. `initial contact due 2024-03-16: met late on 2024-03-17 by file transfer, 1 day late`.
   */
  readonly summary: string;
}

/** A missing or malformed field of one contact entry (WEBCM-CONTACT-FIELDS). */
export interface ContactEntryIssue extends ContactIssue {
  readonly entry: ContactEntryRef;
}

/** Everything {@link evaluateContactDeadlines} finds for one member as of a date. */
export interface ContactDeadlines {
  readonly member: string;
  readonly mco: string;
  readonly asOf: IsoDate;
  readonly deadlines: readonly WebcmDeadline[];
  readonly contactIssues: readonly ContactEntryIssue[];
  readonly findings: readonly WebcmFinding[];
}

const isEntry = (e: WebcmEvent): e is ContactEntry =>
  e.type === "file transfer" || e.type === "manual alternate contact";
const ref = (e: ContactEntry): ContactEntryRef => ({
  channel: e.type,
  enteredOn: e.date,
  id: e.id ?? null,
  contact: contactOf(e),
});
const entryFacts = (e: ContactEntry) => ({ channel: e.type, enteredOn: e.date, entryId: e.id ?? null });

const label = (e: ContactEntry) =>
  `${e.type === "file transfer" ? "file transfer" : "manual Alternate Contact"} of ` +
  `${e.date}${e.id ? ` (${e.id})` : ""}`;

/** The coordinator named by the latest change on or before `date` (null when none). */
function responsibleOn(
  changes: readonly Extract<Trigger, { type: "care coordinator changed" }>[],
  date: IsoDate,
): string | null {
  let name: string | null = null;
  for (const change of changes) if (change.date <= date) name = change.newCoordinator;
  return name;
}

interface Context {
  readonly history: WebcmMemberHistory;
  readonly asOf: IsoDate;
  readonly entries: readonly ContactEntry[];
  readonly changes: readonly Extract<Trigger, { type: "care coordinator changed" }>[];
  readonly options: ResolvedWebcmOptions;
  readonly findings: WebcmFinding[];
  /** Entries already flagged as naming the wrong coordinator. */
  readonly flagged: Set<ContactEntry>;
}

/** The first complete entry on or after the trigger that meets it; flags re-sends of a former coordinator. */
function meetingEntry(trigger: Trigger, ctx: Context): ContactEntry | null {
  for (const entry of ctx.entries) {
    if (entry.date < trigger.date || contactIssuesOf(entry.contact).length > 0) continue;
    if (trigger.type === "waiver assignment notified") return entry;
    const responsible = responsibleOn(ctx.changes, entry.date) ?? trigger.newCoordinator;
    if (sameCoordinator(entry.contact.name, responsible)) return entry;
    if (!ctx.flagged.has(entry)) {
      ctx.flagged.add(entry);
      const facts = {
        ...entryFacts(entry),
        namedCoordinator: entry.contact.name ?? "",
        responsibleCoordinator: responsible ?? "",
        changedOn: trigger.date,
      };
      ctx.findings.push(
        raiseFinding(WEBCM_FINDINGS, "former-coordinator-named", facts, {
          events: [entry.id ?? label(entry)],
          date: entry.date,
        }),
      );
    }
  }
  return null;
}

const days = (n: number) => countText(n, "day");

function summaryOf(deadline: Deadline, met: ContactEntry | null, asOf: IsoDate): string {
  const head = `${deadline.name} due ${deadline.dueDate}`;
  const by = met ? ` by ${label(met)}` : "";
  if (deadline.status === "met") return `${head}: met on time on ${deadline.metOn}${by}`;
  if (deadline.status === "late") return `${head}: met late on ${deadline.metOn}${by}, ${days(deadline.daysLate)} late`;
  if (deadline.status === "open") return `${head}: open as of ${asOf}`;
  return `${head}: missed, not met as of ${asOf} (${days(deadline.daysLate)} past due)`;
}

// A late or missed contact deadline is a finding (WEBCM-INITIAL-DUE, WEBCM-CHANGE-DUE).
function lateOrMissedFinding(
  ctx: Context,
  trigger: Trigger,
  deadline: Deadline,
  met: ContactEntry | null,
  events: readonly string[],
): undefined {
  // The privacy rule (docs/privacy.md): the member's ID stays in the result's `member` field, out of the message.
  const where = { events, date: deadline.dueDate };
  const due = { triggerDate: trigger.date, dueDate: deadline.dueDate, daysLate: deadline.daysLate };
  const initial = deadline.ruleId === "WEBCM-INITIAL-DUE";
  if (met && deadline.status === "late") {
    const facts = { ...due, metOn: met.date, ...entryFacts(met) };
    ctx.findings.push(
      raiseFinding(WEBCM_FINDINGS, initial ? "initial-contact-late" : "updated-contact-late", facts, where),
    );
  } else if (deadline.status === "missed") {
    const facts = { ...due, asOf: ctx.asOf };
    ctx.findings.push(
      raiseFinding(WEBCM_FINDINGS, initial ? "initial-contact-missed" : "updated-contact-missed", facts, where),
    );
  }
}

function deadlineFor(trigger: Trigger, ctx: Context): WebcmDeadline | null {
  const ruleId: WebcmDeadlineRule =
    trigger.type === "waiver assignment notified" ? "WEBCM-INITIAL-DUE" : "WEBCM-CHANGE-DUE";
  const explanation = webcmDeadlineExplanation(ruleId, trigger.date, ctx.options);
  if (!explanation) {
    const facts = { trigger: trigger.type, triggerDate: trigger.date };
    const events = [trigger.id ?? `${trigger.type} ${trigger.date}`];
    ctx.findings.push(raiseFinding(WEBCM_FINDINGS, "rule-not-in-force", facts, { ruleId, events, date: trigger.date }));
    return null;
  }
  const met = meetingEntry(trigger, ctx);
  const name = ruleId === "WEBCM-INITIAL-DUE" ? "initial contact" : "updated contact";
  const deadline = makeDeadline({ ruleId, name, party: "MCO", explanation, metOn: met?.date ?? null, asOf: ctx.asOf });
  const { member, mco } = ctx.history;
  const summary = summaryOf(deadline, met, ctx.asOf);
  const events = [trigger.id ?? `${trigger.type} ${trigger.date}`];
  lateOrMissedFinding(ctx, trigger, deadline, met, events);
  const newCoordinator = trigger.type === "care coordinator changed" ? trigger.newCoordinator : null;
  return {
    member,
    mco,
    trigger: trigger.type,
    triggerDate: trigger.date,
    triggerId: trigger.id ?? null,
    newCoordinator,
    metBy: met ? ref(met) : null,
    deadline,
    summary,
  };
}

function issuesOf(entries: readonly ContactEntry[], findings: WebcmFinding[]): ContactEntryIssue[] {
  return entries.flatMap((entry) =>
    contactIssuesOf(entry.contact).map((issue) => {
      const facts = { ...entryFacts(entry), ...issue };
      findings.push(
        raiseFinding(WEBCM_FINDINGS, "contact-field-invalid", facts, {
          events: [entry.id ?? label(entry)],
          date: entry.date,
        }),
      );
      return { entry: ref(entry), ...issue };
    }),
  );
}

/** {@link evaluateContactDeadlines} on a parsed history and resolved options. */
export function deadlinesOf(
  history: WebcmMemberHistory,
  asOf: IsoDate,
  options: ResolvedWebcmOptions,
): ContactDeadlines {
  const events = sortEvents(history.events).filter((e) => e.date <= asOf);
  const entries = events.filter(isEntry);
  const changes = events.filter(
    (e): e is Extract<Trigger, { type: "care coordinator changed" }> => e.type === "care coordinator changed",
  );
  const findings: WebcmFinding[] = [];
  const issues = issuesOf(entries, findings);
  const ctx: Context = { history, asOf, entries, changes, options, findings, flagged: new Set() };
  const triggers = events.filter((e): e is Trigger => !isEntry(e));
  const deadlines = triggers.flatMap((t) => deadlineFor(t, ctx) ?? []);
  return { member: history.member, mco: history.mco, asOf, deadlines, contactIssues: issues, findings };
}
