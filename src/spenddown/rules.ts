import { formatCents } from "../core/money.js";
import { cents, centsList, dayOfMonth, defineRule, monthDays, monthOfYear, percent } from "../rules/define.js";
import { frozen } from "../core/freeze.js";

// The DHS grant program Medicaid Spend-Down is undated: the registry uses 2017-01-01 until a
// contract date is known. A new threshold, bucket or percentage is a new version here (a data
// change, principle 4); month-level values are read at the first day of the month,
// quarter-level ones at the first day of the quarter.
const BASIS = frozen({
  basis:
    "DHS grant program Medicaid Spend-Down, CSFA 444-22-1187 (undated scope of service; the registry uses " +
    "2017-01-01 until a contract date is known)",
  sources: ["dhs-williams-spenddown"],
});
const FROM = "2017-01-01";

// Titles are built from the first version's parameters, so a number is stated once.
const MONTHS = frozen([
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
]);
const monthDay = (mmdd: string): string => `${MONTHS[Number(mmdd.slice(0, 2)) - 1]} ${Number(mmdd.slice(3))}`;
const listOf = (items: readonly string[]): string => `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
const ordinal = (n: number): string =>
  `${n}${n % 10 === 1 && n !== 11 ? "st" : n % 10 === 2 && n !== 12 ? "nd" : n % 10 === 3 && n !== 13 ? "rd" : "th"}`;

/** SPENDDOWN-* rules: Williams Class Member advance pay (docs/rules.md, "spenddown"). */
export const SPENDDOWN_RULES = frozen([
  defineRule({
    id: "SPENDDOWN-THRESHOLD",
    title: (p) =>
      `HFS monthly threshold of ${formatCents(p.thresholdCents.value)}; the contract is adjusted by the spenddown ` +
      "amounts over it",
    area: "spenddown",
    cite: [
      {
        source: "dhs-williams-spenddown",
        section: "Deliverables",
        quote:
          "The provider's contract will be adjusted by the number of Class Members' monthly spend down amounts over " +
          "the HFS established threshold of $1,005",
      },
    ],
    openPoints: [8],
    // thresholdCents: the monthly threshold in integer cents (100500 = $1,005.00).
    versions: [{ from: FROM, parameters: { thresholdCents: cents(100500) }, ...BASIS }],
  }),
  defineRule({
    id: "SPENDDOWN-PREREQUISITES",
    title: "Before leaving the NF/IMD: enrollment form sent, representative-payee agreement signed, AABD application",
    area: "spenddown",
    cite: [
      {
        source: "dhs-williams-spenddown",
        section: "Deliverables",
        quote:
          "establish the spenddown deductible prior to the Class member moving from the Nursing Facility " +
          "(NF)/Institution for Mental Disease (IMD)",
      },
      {
        source: "dhs-williams-spenddown",
        section: "Deliverables: Provider Shall",
        quote: "Complete the spenddown enrollment form and mailing and send to HFS",
      },
      {
        source: "dhs-williams-spenddown",
        section: "Deliverables: Provider Shall",
        quote:
          "Obtain a signed agreement from the Class Member that designates the provider agency as the authorized " +
          "representative payee",
      },
      {
        source: "dhs-williams-spenddown",
        section: "Deliverables: Provider Shall",
        quote:
          "Assist the Class Member in applying for Aid to the Aged, Blind and Disabled (AABD) to determine Medicaid " +
          "eligibility, if not completed by the NF/IMD",
      },
    ],
    versions: [{ from: FROM, ...BASIS }],
  }),
  defineRule({
    id: "SPENDDOWN-BILLS-SUFFICIENT",
    title: "Each month, allowable Medicaid bills incurred are compared with the spenddown amount",
    area: "spenddown",
    cite: [
      {
        source: "dhs-williams-spenddown",
        section: "Deliverables: Provider Shall",
        quote:
          "Monitor monthly Medicaid allowable bills incurred to determine if these bills are sufficient to meet " +
          "spenddown",
      },
    ],
    versions: [{ from: FROM, ...BASIS }],
  }),
  defineRule({
    id: "SPENDDOWN-PAYMENT-DUE",
    title: (p) => `The provider pays HFS no later than the ${ordinal(p.dayOfMonth.value)} day of each month`,
    area: "spenddown",
    cite: [
      {
        source: "dhs-williams-spenddown",
        section: "Deliverables: Provider Shall",
        quote: "Make payment to HFS no later than the 20th day of the month to assure that continuation of Spenddown",
      },
    ],
    openPoints: [2],
    // dayOfMonth: the payment for month M is due on this day of M.
    versions: [{ from: FROM, parameters: { dayOfMonth: dayOfMonth(20) }, ...BASIS }],
  }),
  defineRule({
    id: "SPENDDOWN-QUARTERLY-REPORTS",
    title: (p) => `Financial and performance reports are due ${listOf(p.reportDueDates.value.map(monthDay))}`,
    area: "spenddown",
    cite: [
      {
        source: "dhs-williams-spenddown",
        section: "Payment",
        quote:
          "The Provider shall report quarterly allowable grant expenses on the appropriate DMH reporting template " +
          "to the DMH program contact no later than November 1, February 1, May 1, and August 1",
      },
      {
        source: "dhs-williams-spenddown",
        section: "Performance Measures/Reporting Requirements",
        quote:
          "The Provider shall report quarterly performance on the appropriate DMH reporting template to the DMH " +
          "program contact no later than November 1, February 1, May 1, and August 1",
      },
    ],
    openPoints: [2],
    // fiscalYearStartMonth: the state fiscal year starts in July (SFY 2025 = July 2024-June 2025);
    // reportDueDates: MM-DD of the due dates of fiscal quarters 1-4 (Jul-Sep → Nov 1, Oct-Dec →
    // Feb 1, Jan-Mar → May 1, Apr-Jun → Aug 1), each in the first year after the quarter closes.
    versions: [
      {
        from: FROM,
        parameters: {
          fiscalYearStartMonth: monthOfYear(7),
          reportDueDates: monthDays(["11-01", "02-01", "05-01", "08-01"]),
        },
        ...BASIS,
      },
    ],
  }),
  defineRule({
    id: "SPENDDOWN-MEASURES",
    title: "The seven quarterly performance measures",
    area: "spenddown",
    cite: [
      {
        source: "dhs-williams-spenddown",
        section: "Performance Measures/Reporting Requirements",
        quote:
          "Number of unduplicated Class Members benefitting from this service with monthly household incomes at or " +
          "less than $1,005.00",
      },
      {
        source: "dhs-williams-spenddown",
        section: "Performance Measures/Reporting Requirements",
        quote:
          "Number of Class Members whose monthly spend down amount is greater than $500.00 but not greater than " +
          "$600.00, per month",
      },
    ],
    openPoints: [8],
    // bucketsCents: measure 2, deductible amounts "less than" each bound; rangeLowCents /
    // rangeHighCents: measure 3, "greater than $500.00 but not greater than $600.00".
    versions: [
      {
        from: FROM,
        parameters: {
          bucketsCents: centsList([10000, 20000, 30000, 40000, 50000]),
          rangeLowCents: cents(50000),
          rangeHighCents: cents(60000),
        },
        ...BASIS,
      },
    ],
  }),
  defineRule({
    id: "SPENDDOWN-STANDARDS",
    title: (p) =>
      "The seven performance standards: " +
      `${[p.standard1, p.standard2, p.standard3, p.standard4, p.standard5].map((s) => `${s.value}%`).join(", ")}, ` +
      `at most ${p.standard6Max.value}% per month, ${p.standard7.value}%`,
    area: "spenddown",
    cite: [
      {
        source: "dhs-williams-spenddown",
        section: "Performance Standards",
        quote: "98% of Williams Class Members with spenddown have monthly household incomes at or less than $1005",
      },
      {
        source: "dhs-williams-spenddown",
        section: "Performance Standards",
        quote:
          "2% of Williams Class Members will have monthly incomes greater than $500.00 but not greater than $600.00 " +
          "per month",
      },
      {
        source: "dhs-williams-spenddown",
        section: "Performance Standards",
        quote: "No more than 10% of Class Members with spenddown may terminate from mental health services, per month",
      },
    ],
    openPoints: [8],
    // standard1..standard7: the target percentage of each standard (at most two decimals);
    // standard6Max is a ceiling ("No more than 10%"); standard 3's direction is an option (see docs/spenddown.md).
    versions: [
      {
        from: FROM,
        parameters: {
          standard1: percent(98),
          standard2: percent(98),
          standard3: percent(2),
          standard4: percent(100),
          standard5: percent(90),
          standard6Max: percent(10),
          standard7: percent(50),
        },
        ...BASIS,
      },
    ],
  }),
]);
