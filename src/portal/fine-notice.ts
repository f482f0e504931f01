import { argumentError, dateArgument, settingsArgument } from "../core/arguments.js";
import { describeValue } from "../core/describe-value.js";
import { formatCents } from "../core/money.js";
import type { Fine } from "../core/types.js";

/** The e-mail the Portal System sends when a fine is issued (PORTAL-FINE-NOTICE). */
export interface FineNotice {
  readonly subject: string;
  readonly body: string;
}

/**
 * The fine notice, worded exactly as the HFS Provider Resolution Portal Requirements give it, filled with the ticket number, the due
 * date that was missed (ISO `YYYY-MM-DD`) and the fine's amount (PORTAL-FINE-NOTICE). The
 * subject's dash is an en dash (U+2013), as in the policy.
 *
 * @example fineNotice(fine).subject // "MCO Provider Resolution Portal Fine Notice – T-2024-0001"
 */
export function fineNotice(fine: Pick<Fine, "ticketNumber" | "dueDate" | "amountCents">): FineNotice {
  settingsArgument(fine, "fineNotice", "fine");
  const { ticketNumber, amountCents } = fine;
  if (typeof ticketNumber !== "string" || ticketNumber.trim() === "")
    throw argumentError(
      "fineNotice",
      "fine.ticketNumber",
      `expected a ticket number, got ${typeof ticketNumber === "string" ? "only spaces or nothing" : describeValue(ticketNumber)}`,
    );
  dateArgument(fine.dueDate, "fineNotice", "fine.dueDate");
  if (!Number.isSafeInteger(amountCents) || amountCents <= 0)
    throw argumentError(
      "fineNotice",
      "fine.amountCents",
      `expected a whole number of cents above 0, got ${describeValue(amountCents)}`,
    );
  return fineNoticeOf(fine);
}

/** @internal {@link fineNotice} of a fine the evaluator made (already checked). */
export function fineNoticeOf(fine: Pick<Fine, "ticketNumber" | "dueDate" | "amountCents">): FineNotice {
  return {
    subject: `MCO Provider Resolution Portal Fine Notice \u2013 ${fine.ticketNumber}`,
    body: `A written proposal for Provider Resolution ticket ${fine.ticketNumber} was due ${fine.dueDate}. Your written proposal was not received on or before this date. Your plan has been fined ${formatCents(fine.amountCents)} for the untimely handling of the Provider Resolution Ticket.`,
  };
}
