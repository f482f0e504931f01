// The fine e-mail of PORTAL-FINE-NOTICE as a message file (RFC 5322, MIME, UTF-8), for a mail
// system to send: its exact subject and text, one message per fine. No clock: the Date header is
// the fine's day (issued, else the first overdue day) at noon, Illinois standard time, so that
// every reader shows the same calendar date (noon -0600 is 12:00 or 13:00 in Chicago, winter or
// summer). No member value: a fine names its ticket, its MCO, its due date and its amount.
import { weekday } from "../core/dates.js";
import { RuleInputError } from "../core/errors.js";
import { frozen } from "../core/freeze.js";
import type { IsoDate } from "../core/iso-date.js";
import type { Fine } from "../core/types.js";
import type { FineNotice } from "../portal/fine-notice.js";

/** Who the message is from and to: RFC 5322 mailboxes (`Name <address>` or `address`). */
export interface FineMessageSettings {
  /** Default: `HFS Provider Resolution Portal <portal@example.invalid>`, a placeholder to replace. */
  readonly from?: string;
  /** The MCO's contacts; none: the mail system fills them in. */
  readonly to?: readonly string[];
}

const DEFAULT_FROM = "HFS Provider Resolution Portal <portal@example.invalid>";
const DAY_NAMES = frozen(["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const);
const MONTH_NAMES = frozen([
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
] as const);
// A mailbox without line breaks or controls (header injection), at most one line's worth.
const MAILBOX = /^[^\p{Cc}]{3,254}$/u;
const ADDRESS = /(^|<)[^\s<>@]+@[^\s<>@]+(>|$)/;

/** `2024-07-16` → `Tue, 16 Jul 2024 12:00:00 -0600` (the day of week from the civil date). */
function dateHeader(date: IsoDate): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return `${DAY_NAMES[weekday(date)]}, ${day} ${MONTH_NAMES[month - 1]} ${year} 12:00:00 -0600`;
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
// Base64 of UTF-8 bytes with what browsers and Node both have (no Buffer).
const base64 = (text: string): string => btoa(String.fromCharCode(...utf8(text)));

/** A header value as RFC 2047 encoded words (UTF-8, base64), each at most 75 characters, folded. */
function encodedWords(text: string): string {
  const words: string[] = [];
  let chunk = "";
  for (const char of text) {
    if (utf8(chunk + char).length > 36) {
      words.push(chunk);
      chunk = "";
    }
    chunk += char;
  }
  if (chunk !== "") words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${base64(w)}?=`).join("\r\n ");
}

/** A paragraph as format=flowed lines (RFC 3676) of at most 76 characters: soft breaks end with a space. */
function flowed(paragraph: string): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of paragraph.split(" ")) {
    if (line !== "" && line.length + word.length + 1 > 76) {
      lines.push(`${line} `);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  lines.push(line);
  // Space-stuffing: a line starting with a space, ">" or "From " keeps its text.
  return lines.map((l) => (/^( |>|From )/.test(l) ? ` ${l}` : l));
}

/** The characters of a ticket number a Message-ID and a file name may hold; others as `_`. */
export function fineMessageName(ticketNumber: string): string {
  return ticketNumber.replace(/[^A-Za-z0-9._-]/g, "_").slice(0, 100) || "_";
}

function checkedMailboxes(settings: FineMessageSettings): { from: string; to: readonly string[] } {
  const issues: { field: string; reason: string }[] = [];
  const check = (value: unknown, field: string) => {
    if (typeof value !== "string" || !MAILBOX.test(value) || !ADDRESS.test(value))
      issues.push({ field, reason: "expected one mailbox on one line, `Name <address>` or `address`" });
  };
  const from = settings.from ?? DEFAULT_FROM;
  check(from, "settings.from");
  const to = settings.to ?? [];
  if (!Array.isArray(to)) issues.push({ field: "settings.to", reason: "expected a list of mailboxes" });
  else
    to.forEach((m, i) => {
      check(m, `settings.to[${i}]`);
    });
  if (issues.length > 0) throw new RuleInputError(issues, "fineNoticeMessage");
  return { from, to };
}

/**
 * The fine e-mail (PORTAL-FINE-NOTICE) as the text of an `.eml` file: RFC 5322 headers with CRLF
 * line ends, the subject as UTF-8 encoded words (its dash is an en dash), the policy's text as
 * `text/plain; charset=UTF-8; format=flowed`. The Date is the day the fine was issued (else the
 * first overdue day) at noon -0600; the Message-ID is derived from the ticket and its due date,
 * so the same fine gives the same message. A `RuleInputError` for a mailbox that is not one line.
 *
 * @example fineNoticeMessage(evaluation.fine, evaluation.fineNotice, { to: ["claims@plan.example"] })
 * // "From: HFS Provider Resolution Portal <portal@example.invalid>\r\nTo: claims@plan.example\r\n…"
 */
export function fineNoticeMessage(
  fine: Pick<Fine, "ticketNumber" | "dueDate" | "overdueOn" | "issuedOn">,
  notice: FineNotice,
  settings: FineMessageSettings = {},
): string {
  const { from, to } = checkedMailboxes(settings);
  const name = fineMessageName(fine.ticketNumber);
  const ascii = /^[\x20-\x7e]*$/.test(notice.body);
  const headers = [
    `From: ${from}`,
    ...(to.length > 0 ? [`To: ${to.join(",\r\n ")}`] : []),
    `Subject: ${encodedWords(notice.subject)}`,
    `Date: ${dateHeader(fine.issuedOn ?? fine.overdueOn)}`,
    `Message-ID: <fine-notice.${name}.${fine.dueDate}@hfs-mco-rules.invalid>`,
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=UTF-8; format=flowed",
    `Content-Transfer-Encoding: ${ascii ? "7bit" : "8bit"}`,
  ];
  return `${[...headers, "", ...flowed(notice.body)].join("\r\n")}\r\n`;
}
