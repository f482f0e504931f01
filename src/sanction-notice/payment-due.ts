import { fromDayNumber, type IsoDate, toDayNumber } from "../core/iso-date.js";
import type { PaymentDueDate } from "../sanctions/options-schema.js";

/** The days of option `paymentDueDate: "30-days-after-notice"` (open point 14), calendar days. */
export const PAYMENT_DAYS_AFTER_NOTICE = 30;

/** The date a notice bears: the day HFS issued it, or, not issued yet, the day it is due by. */
export interface NoticeDate {
  readonly date: IsoDate;
  /** `issued`: HFS issued it that day; `due`: not issued as of the page's date, due by then (SANCTION-NOTICE-DUE). */
  readonly basis: "issued" | "due";
}

/** The sanction payment's due date as the notice document shows it (open point 14). */
export interface PaymentDue {
  /** The date, or null when the option leaves it to HFS. */
  readonly date: IsoDate | null;
  /** What the document says, e.g. "as stated by HFS (the policy gives no date)". */
  readonly text: string;
  readonly option: PaymentDueDate;
}

/**
 * The due date of the sanction payment of a notice. The notice states one
 * (SANCTION-NOTICE-ONLY-IF-FINED) but the policy gives none: open point 14 decides, by default
 * leaving it to HFS rather than inventing a rule.
 *
 * @example paymentDueOf({ date: "2024-04-20" as IsoDate, basis: "issued" }, "30-days-after-notice").date
 * // "2024-05-20"
 */
export function paymentDueOf(notice: NoticeDate, option: PaymentDueDate): PaymentDue {
  if (option === "as-stated-by-hfs")
    return { date: null, text: "as stated by HFS (the policy gives no payment due date)", option };
  const date = fromDayNumber(toDayNumber(notice.date) + PAYMENT_DAYS_AFTER_NOTICE);
  const from = notice.basis === "issued" ? "the notice's issue date" : "the date the notice is due by";
  return { date, text: `${date}: ${PAYMENT_DAYS_AFTER_NOTICE} calendar days after ${from}, ${notice.date}`, option };
}
