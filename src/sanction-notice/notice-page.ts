import { frozen } from "../core/freeze.js";
import type { IsoDate } from "../core/iso-date.js";
import type { NoticeStatus } from "../sanctions/notices-as-of.js";
import type { PaymentDueDate } from "../sanctions/options-schema.js";
import type { SanctionNoticeLine } from "../sanctions/sanction-notices.js";
import { el, escapeText } from "../timeline/markup.js";
import { NOTICE_STYLE } from "./notice-style.js";
import type { PaymentDetails } from "./payment-details-schema.js";
import { type NoticeDate, paymentDueOf } from "./payment-due.js";

/** The settings of {@link sanctionNoticePageOf}, read by the command (src/cli/commands/sanctions-notices.ts). */
export interface SanctionNoticePageSettings {
  readonly asOf: IsoDate;
  /** Open point 14 (option `paymentDueDate` of the sanctions options). */
  readonly paymentDueDate: PaymentDueDate;
  /** The bureau and address payments go to; absent, each notice shows a marked placeholder. */
  readonly paymentDetails?: PaymentDetails;
}

const STATE_TEXT = frozen({
  accruing: "the reporting period has not closed yet: more fines may come",
  due: "not issued yet; HFS must issue it by its due date",
  issued: "issued on time",
  late: "issued after its due date, or not issued by it",
} as const);

/** The notice's date: its issue date when HFS issued it by `asOf`, else the date it is due by (SANCTION-NOTICE-DUE). */
export function noticeDateOf(status: NoticeStatus): NoticeDate {
  const issuedOn = status.deadline.metOn;
  return issuedOn ? { date: issuedOn, basis: "issued" } : { date: status.notice.noticeDueDate, basis: "due" };
}

function fineRow(f: SanctionNoticeLine): string {
  const cells = [f.ticketNumber, f.dueDate, `${f.fineDate} (${f.fineDateBasis})`];
  return el(
    "tr",
    { "data-ticket": f.ticketNumber },
    ...cells.map((c) => el("td", {}, escapeText(c))),
    el("td", { class: "amount" }, escapeText(f.amount)),
  );
}

function finesTable(status: NoticeStatus): string {
  const { notice } = status;
  const head = el(
    "tr",
    {},
    ...["Ticket number", "Proposal due date (missed)", "Fine date (basis)"].map((h) => el("th", {}, h)),
    el("th", { class: "amount" }, "Fine"),
  );
  const foot = el(
    "tr",
    {},
    el("td", { colspan: 3 }, escapeText(`Total sanction payment due to HFS (${notice.count} fine(s))`)),
    el("td", { class: "amount" }, escapeText(notice.total)),
  );
  return el(
    "table",
    { class: "fines" },
    el("thead", {}, head),
    el("tbody", {}, ...notice.fines.map(fineRow)),
    el("tfoot", {}, foot),
  );
}

function paymentDetailsBlock(details: PaymentDetails | undefined): string {
  if (details === undefined)
    return el(
      "div",
      { class: "placeholder" },
      el("strong", {}, "Payment details not given. "),
      "The HFS Bureau and its address are not stated by the policy: give them with ",
      el("code", {}, "--payment-details FILE"),
      ".",
    );
  const extra: [string, string | undefined][] = [
    ["Payable to", details.payableTo],
    ["Reference", details.reference],
    ["Contact", details.contact],
  ];
  return el(
    "div",
    { class: "payment" },
    el("strong", {}, escapeText(details.bureau)),
    el("address", {}, details.address.map(escapeText).join("<br>")),
    ...extra.filter(([, v]) => v !== undefined).map(([k, v]) => el("p", {}, escapeText(`${k}: ${v}`))),
    details.note === undefined ? "" : el("p", {}, escapeText(details.note)),
  );
}

function fact(term: string, ...description: string[]): string {
  return `${el("dt", {}, escapeText(term))}${el("dd", {}, ...description)}`;
}

function noticeSection(status: NoticeStatus, settings: SanctionNoticePageSettings): string {
  const { notice } = status;
  const date = noticeDateOf(status);
  const due = paymentDueOf(date, settings.paymentDueDate);
  const dateText = date.basis === "issued" ? `${date.date} (issued)` : `not issued as of ${settings.asOf}`;
  const facts = el(
    "dl",
    { class: "facts" },
    fact("To", escapeText(notice.mco)),
    fact("Reporting period", escapeText(`${notice.period.label} (${notice.period.id})`)),
    fact("Notice date", escapeText(dateText)),
    fact("Notice due by", escapeText(`${notice.noticeDueDate} (SANCTION-NOTICE-DUE)`)),
    fact("Total due to HFS", el("span", { class: "total" }, escapeText(notice.total))),
    fact(
      "Payment due date",
      el("div", { class: "payment-due" }, escapeText(due.text)),
      el("div", { class: "open-point" }, escapeText(`open point 14, option paymentDueDate: ${due.option}`)),
    ),
  );
  return el(
    "section",
    { class: "notice", "data-mco": notice.mco, "data-period": notice.period.id },
    el("h2", {}, "Portal Sanction Payment Notice"),
    el("p", { class: "subtitle" }, escapeText(`${notice.mco} · ${notice.period.label}`)),
    facts,
    el("h3", {}, "Portal fines issued during the reporting period"),
    finesTable(status),
    el("h3", {}, "Sanction payment details"),
    paymentDetailsBlock(settings.paymentDetails),
    el("p", { class: "state" }, escapeText(`As of ${settings.asOf}: ${status.state}, ${STATE_TEXT[status.state]}.`)),
  );
}

/**
 * One self-contained HTML page (inline CSS, no script, nothing loaded from the network) with one
 * Portal Sanction Payment Notice per MCO and reporting period with fines
 * (SANCTION-NOTICE-ONLY-IF-FINED): the fines, their total, the notice date, the payment due date
 * (open point 14) and the payment details the user gives. Printed, each notice is one page.
 * Every text is escaped; the notices carry no member value.
 *
 * @example sanctionNoticePageOf(evaluateSanctionNotices({ fines }, { asOf }).notices, { asOf, paymentDueDate })
 */
export function sanctionNoticePageOf(notices: readonly NoticeStatus[], settings: SanctionNoticePageSettings): string {
  const heading = "Portal Sanction Payment Notices";
  const meta =
    `as of ${settings.asOf} · ${notices.length} notice(s) · prepared by hfs-mco-rules from the fines given ` +
    "(SANCTION-NOTICE-ONLY-IF-FINED, SANCTION-NOTICE-DUE)";
  const body =
    notices.length === 0
      ? [el("p", {}, "No notice: no MCO has a fine in a reporting period (SANCTION-NOTICE-ONLY-IF-FINED).")]
      : notices.map((n) => noticeSection(n, settings));
  const head = el(
    "head",
    {},
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    el("title", {}, escapeText(`${heading} as of ${settings.asOf}`)),
    el("style", {}, NOTICE_STYLE),
  );
  const page = el(
    "body",
    {},
    el("h1", { class: "meta" }, escapeText(heading)),
    el("p", { class: "meta" }, escapeText(meta)),
    ...body,
  );
  return `<!DOCTYPE html>\n${el("html", { lang: "en" }, head, page)}\n`;
}
