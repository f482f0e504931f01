import { FineSchema } from "../../sanctions/fine-schema.js";
import { SanctionNoticesInputSchema } from "../../sanctions/notices-schema.js";
import { reportingPeriodsOfYearRun } from "./sanctions-runs.js";
import { ReportingPeriodInputSchema } from "../../sanctions/reporting-period-schema.js";
import { data, items, settings, value, withItems } from "../arguments.js";
import { declareOperation, entry } from "../operation.js";
import {
  evaluateSanctionNoticesRun,
  finesOfRun,
  sanctionCalendarRun,
  sanctionNoticeDueDateRun,
  sanctionNoticesRun,
} from "./sanctions-runs.js";

// Quarterly sanction notices (docs/sanctions.md): each public operation declared once (src/api/operation.ts).
// Their checked runs are in ./sanctions-runs.ts: the arguments are checked there, at the
// boundary, and nowhere in src/sanctions.

export const SANCTION_NOTICE_DUE_DATE = /* @__PURE__ */ declareOperation({
  name: "sanctionNoticeDueDate",
  area: "sanctions",
  summary:
    "The date by which HFS issues the Portal Sanction Payment Notice of a reporting period (SANCTION-NOTICE-DUE).",
  context: "SANCTION-NOTICE-DUE",
  arguments: [/* @__PURE__ */ data("period", ReportingPeriodInputSchema), /* @__PURE__ */ settings()],
  settings: ["calendar", "options", "detail", "rules"],
  run: sanctionNoticeDueDateRun,
});

/**
 * The date by which HFS issues the Portal Sanction Payment Notice of a reporting period
 * (SANCTION-NOTICE-DUE: by the end of the month after the reporting period closes): April 30,
 * July 31, October 31 and January 31 of the next year. The party
 * is HFS. The period is a year and quarter (a `calendarQuarter` will do); one before the
 * sanction rules were in force is an error. Option `unstatedRoll` (open point 2, default `none`)
 * may move a weekend or holiday deadline to the preceding (`backward`) or next (`forward`)
 * business day; the explanation records it.
 *
 * @example
 * sanctionNoticeDueDate({ year: 2024, quarter: 2 }).result // "2024-07-31"
 * sanctionNoticeDueDate({ year: 2022, quarter: 1 }, { options: { unstatedRoll: "backward" } }).result
 * // "2022-04-29" (Apr 30 is a Saturday)
 */
export const sanctionNoticeDueDate = /* @__PURE__ */ entry(SANCTION_NOTICE_DUE_DATE);

export const SANCTION_CALENDAR = /* @__PURE__ */ declareOperation({
  name: "sanctionCalendar",
  area: "sanctions",
  summary: "A year's reporting periods and their notice deadlines, as in the policy's table.",
  context: "SANCTION-NOTICE-DUE",
  arguments: [/* @__PURE__ */ value("year"), /* @__PURE__ */ settings()],
  settings: ["calendar", "options", "detail", "rules"],
  run: sanctionCalendarRun,
});

/**
 * A year's reporting periods and their notice deadlines, as in the policy's table. In 2020 the
 * calendar starts with April-June (fines were added in May 2020); earlier years are an error.
 *
 * @example
 * sanctionCalendar(2024, { options: { unstatedRoll: "none" } }).periods.map((p) => p.noticeDueDate)
 * // ["2024-04-30", "2024-07-31", "2024-10-31", "2025-01-31"]
 */
export const sanctionCalendar = /* @__PURE__ */ entry(SANCTION_CALENDAR);

export const SANCTION_NOTICES = /* @__PURE__ */ declareOperation({
  name: "sanctionNotices",
  area: "sanctions",
  summary: "The Portal Sanction Payment Notices of a set of fines (SANCTION-NOTICE-ONLY-IF-FINED).",
  context: "SANCTION-NOTICE-ONLY-IF-FINED",
  arguments: [/* @__PURE__ */ items("fines", FineSchema), /* @__PURE__ */ settings()],
  settings: ["calendar", "options", "detail", "rules", "onError"],
  run: sanctionNoticesRun,
});

/**
 * The Portal Sanction Payment Notices of a set of fines (SANCTION-NOTICE-ONLY-IF-FINED): one per
 * MCO and reporting period with at least one fine, none for a period without fines. Each notice
 * lists its fines (ticket, due date, fine date), their count and total in integer cents, and the
 * date HFS must issue it by (SANCTION-NOTICE-DUE). Fines may come from evaluated tickets or be
 * given directly as JSON (`FineSchema`). Option `fineDateBasis` (open point 6) chooses which date
 * places a fine in a period; `unstatedRoll` is passed to the deadline. A bad fine stops
 * the notices by default (setting `onError: "throw"`, the error names its ticket number and 0-based
 * index); with `onError: "collect"` it is left out and listed in `invalidFines`. A total beyond
 * 9,007,199,254,740,991 cents cannot be kept exact and is a RuleInputError naming
 * `fines[].amountCents`.
 *
 * @example
 * sanctionNotices([{ ticketNumber: "T-1", mco: "Acme", dueDate: "2024-03-04", overdueOn: "2024-03-05",
 *   issuedOn: "2024-03-06", amountCents: 500000 }])
 *   .notices[0]
 * // { mco: "Acme", period: { id: "2024-Q1", … }, count: 1, total: "$5,000.00", noticeDueDate: "2024-04-30", … }
 */
export const sanctionNotices = /* @__PURE__ */ entry(SANCTION_NOTICES);

export const EVALUATE_SANCTION_NOTICES = /* @__PURE__ */ declareOperation({
  name: "evaluateSanctionNotices",
  area: "sanctions",
  summary:
    "Which Portal Sanction Payment Notices are due and which are late as of a date (SANCTION-NOTICE-DUE, party HFS).",
  context: "SANCTION-NOTICE-DUE",
  arguments: [/* @__PURE__ */ withItems("input", "fines", SanctionNoticesInputSchema), /* @__PURE__ */ settings()],
  settings: ["asOf", "calendar", "options", "detail", "rules", "onError"],
  run: evaluateSanctionNoticesRun,
});

/**
 * Which Portal Sanction Payment Notices are due and which are late as of a date
 * (SANCTION-NOTICE-DUE, party HFS). Only fines known by `settings.asOf` count (issued on or before it, or
 * overdue on or before it when the issue date is unknown); notices issued after `asOf` are
 * ignored, like every action after `asOf`. The setting `onError` as for {@link sanctionNotices}
 * (the index is the fine's 0-based position in `fines`).
 *
 * @example
 * // one $5,000 fine of Acme issued 2024-03-06, no notice issued yet
 * evaluateSanctionNotices({ fines }, { asOf: "2024-04-15" }).due
 * // [{ mco: "Acme", period: "2024-Q1", noticeDueDate: "2024-04-30", total: "$5,000.00", daysLate: 0 }]
 * evaluateSanctionNotices({ fines }, { asOf: "2024-05-15" }).late
 * // [{ mco: "Acme", period: "2024-Q1", …, daysLate: 15 }]
 */
export const evaluateSanctionNotices = /* @__PURE__ */ entry(EVALUATE_SANCTION_NOTICES);

export const REPORTING_PERIODS_OF_YEAR = /* @__PURE__ */ declareOperation({
  name: "reportingPeriodsOfYear",
  area: "sanctions",
  summary: "The reporting periods of `year` in which the sanction rules are in force, in order (all four from 2021.",
  context: "SANCTION-PERIOD",
  arguments: [/* @__PURE__ */ value("year")],
  settings: [],
  run: reportingPeriodsOfYearRun,
});

export const FINES_OF = /* @__PURE__ */ declareOperation({
  name: "finesOf",
  area: "sanctions",
  summary: "The PORTAL-FINEs of ticket evaluations, in the shape sanctionNotices and `noticesDueAsOf` take.",
  context: "PORTAL-FINE",
  arguments: [/* @__PURE__ */ items("evaluations")],
  settings: [],
  run: finesOfRun,
});

/**
 * The PORTAL-FINEs of ticket evaluations, in the shape {@link sanctionNotices} and
 * `noticesDueAsOf` take: each evaluation's `fine` (a ticket that went overdue, issued or not), in
 * input order; an evaluation without a fine adds nothing, and so does a batch entry that could
 * not be evaluated (`status: "invalid input"`, already reported by its batch). Anything else is
 * a RuleInputError naming `evaluations[i]`.
 *
 * @example
 * sanctionNotices(finesOf(evaluateTickets(tickets,
 *   { asOf: "2024-09-30" }))).notices.map((n) => `${n.mco} ${n.period.id} ${n.total}`)
 */
export const finesOf = /* @__PURE__ */ entry(FINES_OF);
