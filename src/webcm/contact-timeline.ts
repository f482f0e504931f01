import type { IsoDate } from "../core/iso-date.js";
import { type ContactIssue, contactIssuesOf } from "./contact-issues.js";
import { sortEvents } from "./event-order.js";
import type { ContactEntry, WebcmMemberHistory } from "./schemas.js";

/** The channel a contact came in by (WEBCM-CHANNELS). */
export type ContactChannel = ContactEntry["type"];

/** One contact entry of a member and how long it stayed active (WEBCM-CHANNELS, WEBCM-MANUAL-PERSISTS). */
export interface ContactPeriod {
  readonly channel: ContactChannel;
  readonly enteredOn: IsoDate;
  readonly id: string | null;
  readonly contact: { readonly name: string | null; readonly email: string | null; readonly telephone: string | null };
  /** True when name, e-mail and telephone are all present and well-formed (WEBCM-CONTACT-FIELDS). */
  readonly valid: boolean;
  readonly issues: readonly ContactIssue[];
  /** The date of the entry that replaced it, or null when it is still active on the date asked. */
  readonly supersededOn: IsoDate | null;
  readonly supersededBy: ContactChannel | null;
  /** The rule that keeps it active (or ended it). */
  readonly ruleId: "WEBCM-MANUAL-PERSISTS" | "WEBCM-CHANNELS";
  readonly reason: string;
}

function describe(entry: ContactEntry): string {
  return entry.type === "file transfer"
    ? `file transfer of ${entry.date}`
    : `manual Alternate Contact entered ${entry.date}`;
}

function periodReason(entry: ContactEntry, next: ContactEntry | undefined, date: IsoDate): string {
  const rule = entry.type === "manual alternate contact" ? "WEBCM-MANUAL-PERSISTS" : "WEBCM-CHANNELS";
  if (next) return `${describe(entry)} replaced by the ${describe(next)} (${rule})`;
  const kept =
    entry.type === "manual alternate contact"
      ? "stays active: no file transfer or manual entry since"
      : "is the latest entry";
  return `${describe(entry)} ${kept}, as of ${date} (${rule})`;
}

/** @internal The contact of an entry with every field present (null when not given). */
export function contactOf(entry: ContactEntry): ContactPeriod["contact"] {
  return {
    name: entry.contact.name ?? null,
    email: entry.contact.email ?? null,
    telephone: entry.contact.telephone ?? null,
  };
}

/** {@link contactTimeline} on a parsed history (no validation). */
export function timelineOf(history: WebcmMemberHistory, date: IsoDate): ContactPeriod[] {
  const entries = sortEvents(history.events).filter(
    (e): e is ContactEntry => (e.type === "file transfer" || e.type === "manual alternate contact") && e.date <= date,
  );
  return entries.map((entry, i) => {
    const next = entries[i + 1];
    const contact = contactOf(entry);
    const issues = contactIssuesOf(entry.contact);
    return {
      channel: entry.type,
      enteredOn: entry.date,
      id: entry.id ?? null,
      contact,
      valid: issues.length === 0,
      issues,
      supersededOn: next?.date ?? null,
      supersededBy: next?.type ?? null,
      ruleId: entry.type === "manual alternate contact" ? "WEBCM-MANUAL-PERSISTS" : "WEBCM-CHANNELS",
      reason: periodReason(entry, next, date),
    };
  });
}
