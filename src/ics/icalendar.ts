import { argumentError } from "../core/arguments.js";
import { describeValue } from "../core/describe-value.js";
// iCalendar (.ics) export of deadlines, so compliance staff can subscribe in Outlook or Google
// Calendar. Built with ical-generator; all-day events; UIDs derived from the data only, so the
// same deadline keeps its UID across exports; DTSTAMP is `asOf`, never the clock.
import * as z from "zod/mini";
import { type ICalCalendar, ICalCalendarMethod, type ICalEvent, default as ical } from "ical-generator";
import { addCalendarDays } from "../calendar/add-calendar-days.js";
import type { IsoDate } from "../core/iso-date.js";
import type { Deadline, DeadlineStatus, Explanation } from "../core/types.js";
import { parseInput } from "../core/errors.js";
import { explanationText } from "../calendar/explain.js";
import { ruleDocuments } from "../rules/registry.js";
import type { RuleId } from "../rules/rule-id.js";
import {
  CalendarEntrySchema,
  DeadlineForEntrySchema,
  ExplanationForEntrySchema,
  ICalendarOptionsSchema,
  UidPartsSchema,
} from "./entry-schemas.js";

/** One all-day calendar event. */
export interface CalendarEntry {
  /** Stable identifier, e.g. `ticket_T-1001_PORTAL-PROPOSAL-DUE_proposal_MCO_2024-06-04`. */
  readonly uid: string;
  readonly date: IsoDate;
  readonly summary: string;
  readonly ruleId: string;
  /** The explanation's text and anything else worth reading in the event. */
  readonly description: string;
}

/** The parts that identify an event: one string, or several (e.g. `["webcm", mco, member]`). */
export type UidParts = string | readonly string[];

/** `%XX` for a code unit below 256, `%uXXXX` above: fixed widths, so the encoding reverses. */
function escapeUnit(c: string): string {
  const code = c.charCodeAt(0);
  return code < 256
    ? `%${code.toString(16).toUpperCase().padStart(2, "0")}`
    : `%u${code.toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * A UID from its parts, reversibly: letters, digits, `.` and `-` are kept, every other
 * character is escaped (`%20` for a space), and parts are joined by `_`. So `T 1` and `T-1`,
 * or `["A-B", "C"]` and `["A", "B-C"]`, never share a UID.
 *
 * @example eventUid(["ticket", "T 1", "PORTAL-PROPOSAL-DUE"]) // "ticket_T%201_PORTAL-PROPOSAL-DUE"
 */
export function eventUid(parts: UidParts): string {
  const list: readonly string[] = typeof parts === "string" ? [parts] : parts;
  if (!Array.isArray(list) || list.some((part) => typeof part !== "string")) {
    throw argumentError("eventUid", "parts", `expected text or a list of texts, got ${describeValue(parts)}`);
  }
  return list.map((part) => part.replace(/[^A-Za-z0-9.-]/g, escapeUnit)).join("_");
}

/** The rule and the documents it comes from, e.g. `REGISTRATION-PROCESSING (HFS Provider Notice of 2023-02-22)`. */
function ruleAndDocuments(ruleId: RuleId): string {
  return `${ruleId} (${ruleDocuments(ruleId).join("; ")})`;
}

// What an event's description says of each status, one entry per status of the vocabulary: a
// status added there without its words here does not compile.
const STATUS_WORDS: Readonly<Record<DeadlineStatus, string>> = Object.freeze({
  met: "Status met",
  late: "Status late",
  open: "Status open",
  missed: "Status missed",
  "not used": "Status not used (a right that lapsed unused and closed its case, not a violation)",
  "not applicable": "Status not applicable (nothing is owed for these facts)",
});

/**
 * Entries for deadlines (a ticket's, a member's): summary `<subject>: <name> due (<party>)`.
 * One deadline's UID is its subject's parts, rule, name, party and trigger date (the date its
 * count starts from): the MCO's and the provider's evidence deadlines of one ticket, or two
 * coordinator changes of one member, are separate events, and an export made again keeps them.
 *
 * @example deadlineEntries(result.deadlines, "Ticket T-1", ["ticket", "T-1"])
 */
export function deadlineEntries(deadlines: readonly Deadline[], subject: string, uidPrefix: UidParts): CalendarEntry[] {
  parseInput(z.array(DeadlineForEntrySchema), deadlines, "deadlineEntries: deadlines");
  parseInput(z.string(), subject, "deadlineEntries: subject");
  const prefix = parseInput(UidPartsSchema, uidPrefix, "deadlineEntries: uidPrefix");
  if (typeof prefix === "string") return deadlineEntries(deadlines, subject, [prefix]);
  return deadlines.map((d) => ({
    uid: eventUid([...prefix, d.ruleId, d.name, d.party, d.explanation.start]),
    date: d.dueDate,
    summary: `${subject}: ${d.name} due (${d.party})`,
    ruleId: d.ruleId,
    description:
      `${ruleAndDocuments(d.ruleId)}. ${STATUS_WORDS[d.status]}${d.metOn ? ` (met ${d.metOn})` : ""}. ` +
      `${explanationText(d.explanation)}`,
  }));
}

/**
 * An entry for a computed date with its explanation (a notice deadline, a report due date).
 *
 * @example explanationEntry(notice.deadline.explanation, "Sanction notice due", ["sanction-notice", "2024-Q1"])
 */
export function explanationEntry(explanation: Explanation, summary: string, uid: UidParts): CalendarEntry {
  parseInput(ExplanationForEntrySchema, explanation, "explanationEntry: explanation");
  parseInput(z.string(), summary, "explanationEntry: summary");
  const ruleId = explanation.ruleId as RuleId; // checked by the schema: a standalone explanation carries it
  return {
    uid: eventUid(uid),
    date: explanation.result,
    summary,
    ruleId,
    description: `${ruleAndDocuments(ruleId)}. ${explanationText(explanation)}`,
  };
}

type CalendarOptions = { name: string; asOf: IsoDate };

/** A calendar of no events yet, named and stamped as `options` say. */
function emptyCalendar(options: CalendarOptions): ICalCalendar {
  return ical({
    name: escapeText(options.name),
    prodId: { company: "hfs-mco-rules", product: "hfs-mco-rules", language: "EN" },
    method: ICalCalendarMethod.PUBLISH,
  });
}

/** Adds `entry` as an all-day event, its UID suffixed `~n` when it is the `n`th (n > 1) with that UID. */
function addEvent(calendar: ICalCalendar, entry: CalendarEntry, n: number, asOf: IsoDate): void {
  calendar.createEvent({
    id: `${entry.uid}${n > 1 ? `~${n}` : ""}@hfs-mco-rules`,
    // A date-only string is read as UTC midnight and written with UTC getters: no TZ effect.
    start: entry.date,
    end: addCalendarDays(entry.date, 1),
    allDay: true,
    summary: entry.summary,
    description: entry.description,
    stamp: `${asOf}T00:00:00Z`,
    categories: [{ name: entry.ruleId }],
  });
}

/**
 * The entries as an iCalendar document (RFC 5545): all-day events, the rule ID and explanation
 * in each description. Two entries with the same UID (the same deadline given twice) get
 * `~2`, `~3`, … in input order, so no calendar application merges them.
 *
 * @example
 * toICalendar(deadlineEntries(result.deadlines, "Ticket T-1", ["ticket", "T-1"]), { name: "Ticket T-1",
 *   asOf: "2024-07-01" })
 */
export function toICalendar(entries: readonly CalendarEntry[], options: CalendarOptions): string {
  parseInput(z.array(CalendarEntrySchema), entries, "toICalendar: entries");
  parseInput(ICalendarOptionsSchema, options, "toICalendar: options", "names");
  const calendar = emptyCalendar(options);
  const seen = new Map<string, number>();
  for (const entry of entries) {
    const n = (seen.get(entry.uid) ?? 0) + 1;
    seen.set(entry.uid, n);
    addEvent(calendar, entry, n, options.asOf);
  }
  return calendar.toString();
}

/** {@link icalendarWriter}: the document's pieces, written in order (header, each event, footer). */
export interface ICalendarWriter {
  readonly header: string;
  /** One event (`BEGIN:VEVENT` to `END:VEVENT`, folded): `n` as `toICalendar` numbers a UID's repeats. */
  readonly event: (entry: CalendarEntry, n: number) => string;
  readonly footer: string;
}

const FOOTER = "END:VCALENDAR";

/** The bytes of one UTF-16 code unit in UTF-8 (a lone surrogate is written as U+FFFD: 3). */
const utf8Bytes = (c: number): number => (c < 0x80 ? 1 : c < 0x800 ? 2 : 3);

/**
 * A line folded as ical-generator folds it (RFC 5545 §3.1): a break and a space before the
 * character that takes the line past 74 bytes of UTF-8, a surrogate pair kept whole. Its own
 * folding encodes each character alone (3 ms an event): this is the same result without that.
 */
function foldLine(line: string): string {
  let out = "";
  let from = 0;
  let bytes = 0;
  for (let i = 0; i < line.length; i++) {
    const start = i;
    const c = line.charCodeAt(i);
    let size = utf8Bytes(c);
    // ical-generator takes the code unit after a high surrogate with it, whatever it is.
    if (c >= 0xd800 && c <= 0xdbff && ++i < line.length) {
      const d = line.charCodeAt(i);
      size = d >= 0xdc00 && d <= 0xdfff ? 4 : 3 + utf8Bytes(d);
    }
    bytes += size;
    if (bytes > 74) {
      out += `${line.slice(from, start)}\r\n `;
      from = start;
      bytes = size;
    }
  }
  return from === 0 ? line : out + line.slice(from);
}

/**
 * @internal {@link toICalendar}'s document a piece at a time, for a caller that writes a large
 * calendar without holding it whole (the CLI's `queue --format ics`): the header, then each event,
 * then the footer, joined, are the bytes of `toICalendar` of the same entries when each event's
 * `n` is its UID's count so far (the caller keeps that count). ical-generator writes each event
 * and folds the document line by line: an event written alone and folded line by line is the same.
 *
 * @example const w = icalendarWriter({ name: "Queue", asOf }); w.header + w.event(entry, 1) + w.footer
 */
export function icalendarWriter(options: CalendarOptions): ICalendarWriter {
  parseInput(ICalendarOptionsSchema, options, "icalendarWriter: options", "names");
  const calendar = emptyCalendar(options);
  const empty = calendar.toString();
  return {
    header: empty.slice(0, empty.length - FOOTER.length),
    event: (entry, n) => {
      parseInput(CalendarEntrySchema, entry, "icalendarWriter: entry");
      calendar.clear();
      addEvent(calendar, entry, n, options.asOf);
      const event = calendar.events()[0] as ICalEvent;
      return event.toString().split("\r\n").map(foldLine).join("\r\n");
    },
    footer: FOOTER,
  };
}

/**
 * A TEXT value escaped as RFC 5545 §3.3.11 says (backslash, semicolon, comma, line breaks). ical-generator
 * escapes an event's summary and description but writes the calendar's name (NAME, X-WR-CALNAME) as
 * given: a line break in it (a ticket number or an MCO name from an export) would start a property or
 * an event of its own.
 */
function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, "\\n");
}
