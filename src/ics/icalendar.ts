// iCalendar (.ics) export of deadlines, so compliance staff can subscribe in Outlook or Google
// Calendar. Built with ical-generator; all-day events; UIDs derived from the data only, so the
// same deadline keeps its UID across exports; DTSTAMP is `asOf`, never the clock.
import { ICalCalendarMethod, default as ical } from "ical-generator";
import { addCalendarDays } from "../calendar/add-calendar-days.js";
import type { IsoDate } from "../core/iso-date.js";
import type { Deadline, Explanation } from "../core/types.js";

/** One all-day calendar event. */
export interface CalendarEntry {
  /** Stable identifier, e.g. `ticket-T-1001-PORTAL-PROPOSAL-DUE-proposal`. */
  readonly uid: string;
  readonly date: IsoDate;
  readonly summary: string;
  readonly ruleId: string;
  /** The explanation's text and anything else worth reading in the event. */
  readonly description: string;
}

function uidPart(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "");
}

/** The rule and the documents it comes from, e.g. `REGISTRATION-PROCESSING (HFS Provider Notice of 2023-02-22)`. */
function ruleAndDocuments(explanation: Explanation): string {
  return `${explanation.ruleId} (${explanation.documents.join("; ")})`;
}

/**
 * Entries for deadlines (a ticket's, a member's): summary `<subject>: <name> due (<party>)`.
 *
 * @example deadlineEntries(result.deadlines, "Ticket T-1", "ticket-T-1")
 */
export function deadlineEntries(deadlines: readonly Deadline[], subject: string, uidPrefix: string): CalendarEntry[] {
  return deadlines.map((d) => ({
    uid: uidPart(`${uidPrefix}-${d.ruleId}-${d.name}`),
    date: d.dueDate,
    summary: `${subject}: ${d.name} due (${d.party})`,
    ruleId: d.ruleId,
    description: `${ruleAndDocuments(d.explanation)}. Status ${d.status}${d.metOn ? ` (met ${d.metOn})` : ""}. ${d.explanation.text}`,
  }));
}

/**
 * An entry for a computed date with its explanation (a notice deadline, a report due date).
 *
 * @example explanationEntry(notice.deadline.explanation, "Sanction notice due", "sanction-2024-Q1")
 */
export function explanationEntry(explanation: Explanation, summary: string, uid: string): CalendarEntry {
  return { uid: uidPart(uid), date: explanation.result, summary, ruleId: explanation.ruleId, description: `${ruleAndDocuments(explanation)}. ${explanation.text}` };
}

/**
 * The entries as an iCalendar document (RFC 5545): all-day events, the rule ID and explanation
 * in each description.
 *
 * @example toICalendar(deadlineEntries(result.deadlines, "Ticket T-1", "ticket-T-1"), { name: "Ticket T-1", asOf: "2024-07-01" })
 */
export function toICalendar(entries: readonly CalendarEntry[], options: { name: string; asOf: IsoDate }): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: "hfs-mco-rules", product: "hfs-mco-rules", language: "EN" },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const entry of entries) {
    calendar.createEvent({
      id: `${entry.uid}@hfs-mco-rules`,
      // A date-only string is read as UTC midnight and written with UTC getters: no TZ effect.
      start: entry.date,
      end: addCalendarDays(entry.date, 1),
      allDay: true,
      summary: entry.summary,
      description: entry.description,
      stamp: `${options.asOf}T00:00:00Z`,
      categories: [{ name: entry.ruleId }],
    });
  }
  return calendar.toString();
}
