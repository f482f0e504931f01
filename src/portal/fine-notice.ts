import { formatCents } from "../core/money.js";
import type { Fine } from "../core/types.js";

/** The e-mail the Portal System sends when a fine is issued (PORTAL-FINE-NOTICE). */
export interface FineNotice {
  readonly subject: string;
  readonly body: string;
}

/**
 * The fine notice, worded exactly as the HFS Provider Resolution Portal Requirements give it, filled
 * with the ticket number, the due date that was missed (ISO `YYYY-MM-DD`) and the fine's amount
 * (PORTAL-FINE-NOTICE). The subject's dash is an en dash (U+2013), as in the policy. The policy of
 * `fineNotice` (a fine checked at the boundary: src/api/operations/portal-runs.ts) and of the
 * ticket evaluator.
 *
 * @example fineNoticeOf({ ticketNumber: "T-2024-0001", dueDate, amountCents: 50000 }).subject
 * // "MCO Provider Resolution Portal Fine Notice – T-2024-0001"
 */
export function fineNoticeOf(fine: Pick<Fine, "ticketNumber" | "dueDate" | "amountCents">): FineNotice {
  return {
    subject: `MCO Provider Resolution Portal Fine Notice \u2013 ${fine.ticketNumber}`,
    body:
      `A written proposal for Provider Resolution ticket ${fine.ticketNumber} was due ${fine.dueDate}. Your ` +
      "written proposal was not received on or before this date. Your plan has been fined " +
      `${formatCents(fine.amountCents)} for the untimely handling of the Provider Resolution Ticket.`,
  };
}
