import { defineRule } from "../rules/define.js";

// The DHS grant program Medicaid Spend-Down is undated: the registry uses 2017-01-01 until a
// contract date is known. A new threshold, bucket or percentage is a new version here (a data
// change, principle 4); month-level values are read at the first day of the month,
// quarter-level ones at the first day of the quarter.
const BASIS = {
  basis: "DHS grant program Medicaid Spend-Down, CSFA 444-22-1187 (undated scope of service; the registry uses 2017-01-01 until a contract date is known)",
  sources: ["dhs-williams-spenddown"],
};
const FROM = "2017-01-01";

/** SPENDDOWN-* rules: Williams Class Member advance pay (docs/rules.md, "spenddown"). */
export const SPENDDOWN_RULES = [
  defineRule({
    id: "SPENDDOWN-THRESHOLD",
    title: "HFS monthly threshold of $1,005; the contract is adjusted by the spenddown amounts over it",
    area: "spenddown",
    cite: [
      { source: "dhs-williams-spenddown", section: "Deliverables", quote: "The provider's contract will be adjusted by the number of Class Members' monthly spend down amounts over the HFS established threshold of $1,005" },
    ],
    openPoints: [8],
    // thresholdCents: the monthly threshold in integer cents (100500 = $1,005.00).
    versions: [{ from: FROM, parameters: { thresholdCents: 100500 }, ...BASIS }],
  }),
  defineRule({
    id: "SPENDDOWN-PREREQUISITES",
    title: "Before leaving the NF/IMD: enrollment form sent, representative-payee agreement signed, AABD application",
    area: "spenddown",
    cite: [
      { source: "dhs-williams-spenddown", section: "Deliverables", quote: "establish the spenddown deductible prior to the Class member moving from the Nursing Facility (NF)/Institution for Mental Disease (IMD)" },
      { source: "dhs-williams-spenddown", section: "Deliverables: Provider Shall", quote: "Complete the spenddown enrollment form and mailing and send to HFS" },
      { source: "dhs-williams-spenddown", section: "Deliverables: Provider Shall", quote: "Obtain a signed agreement from the Class Member that designates the provider agency as the authorized representative payee" },
      { source: "dhs-williams-spenddown", section: "Deliverables: Provider Shall", quote: "Assist the Class Member in applying for Aid to the Aged, Blind and Disabled (AABD) to determine Medicaid eligibility, if not completed by the NF/IMD" },
    ],
    versions: [{ from: FROM, ...BASIS }],
  }),
  defineRule({
    id: "SPENDDOWN-BILLS-SUFFICIENT",
    title: "Each month, allowable Medicaid bills incurred are compared with the spenddown amount",
    area: "spenddown",
    cite: [
      { source: "dhs-williams-spenddown", section: "Deliverables: Provider Shall", quote: "Monitor monthly Medicaid allowable bills incurred to determine if these bills are sufficient to meet spenddown" },
    ],
    versions: [{ from: FROM, ...BASIS }],
  }),
  defineRule({
    id: "SPENDDOWN-PAYMENT-DUE",
    title: "The provider pays HFS no later than the 20th day of each month",
    area: "spenddown",
    cite: [
      { source: "dhs-williams-spenddown", section: "Deliverables: Provider Shall", quote: "Make payment to HFS no later than the 20th day of the month to assure that continuation of Spenddown" },
    ],
    openPoints: [2],
    // dayOfMonth: the payment for month M is due on this day of M.
    versions: [{ from: FROM, parameters: { dayOfMonth: 20 }, ...BASIS }],
  }),
  defineRule({
    id: "SPENDDOWN-QUARTERLY-REPORTS",
    title: "Financial and performance reports are due November 1, February 1, May 1 and August 1",
    area: "spenddown",
    cite: [
      { source: "dhs-williams-spenddown", section: "Payment", quote: "The Provider shall report quarterly allowable grant expenses on the appropriate DMH reporting template to the DMH program contact no later than November 1, February 1, May 1, and August 1" },
      { source: "dhs-williams-spenddown", section: "Performance Measures/Reporting Requirements", quote: "The Provider shall report quarterly performance on the appropriate DMH reporting template to the DMH program contact no later than November 1, February 1, May 1, and August 1" },
    ],
    openPoints: [2],
    // fiscalYearStartMonth: the state fiscal year starts in July (SFY 2025 = July 2024-June 2025);
    // reportDueDates: MM-DD of the due dates of fiscal quarters 1-4 (Jul-Sep → Nov 1, Oct-Dec →
    // Feb 1, Jan-Mar → May 1, Apr-Jun → Aug 1), each in the first year after the quarter closes.
    versions: [{ from: FROM, parameters: { fiscalYearStartMonth: 7, reportDueDates: "11-01,02-01,05-01,08-01" }, ...BASIS }],
  }),
  defineRule({
    id: "SPENDDOWN-MEASURES",
    title: "The seven quarterly performance measures",
    area: "spenddown",
    cite: [
      { source: "dhs-williams-spenddown", section: "Performance Measures/Reporting Requirements", quote: "Number of unduplicated Class Members benefitting from this service with monthly household incomes at or less than $1,005.00" },
      { source: "dhs-williams-spenddown", section: "Performance Measures/Reporting Requirements", quote: "Number of Class Members whose monthly spend down amount is greater than $500.00 but not greater than $600.00, per month" },
    ],
    openPoints: [8],
    // bucketsCents: measure 2, deductible amounts "less than" each bound; rangeLowCents /
    // rangeHighCents: measure 3, "greater than $500.00 but not greater than $600.00".
    versions: [{ from: FROM, parameters: { bucketsCents: "10000,20000,30000,40000,50000", rangeLowCents: 50000, rangeHighCents: 60000 }, ...BASIS }],
  }),
  defineRule({
    id: "SPENDDOWN-STANDARDS",
    title: "The seven performance standards: 98%, 98%, 2%, 100%, 90%, at most 10% per month, 50%",
    area: "spenddown",
    cite: [
      { source: "dhs-williams-spenddown", section: "Performance Standards", quote: "98% of Williams Class Members with spenddown have monthly household incomes at or less than $1005" },
      { source: "dhs-williams-spenddown", section: "Performance Standards", quote: "2% of Williams Class Members will have monthly incomes greater than $500.00 but not greater than $600.00 per month" },
      { source: "dhs-williams-spenddown", section: "Performance Standards", quote: "No more than 10% of Class Members with spenddown may terminate from mental health services, per month" },
    ],
    openPoints: [8],
    // s1..s7: the target percentage of each standard (at most two decimals); s6Max is a ceiling
    // ("No more than 10%"); s3's direction is an option (see docs/spenddown.md).
    versions: [{ from: FROM, parameters: { s1: 98, s2: 98, s3: 2, s4: 100, s5: 90, s6Max: 10, s7: 50 }, ...BASIS }],
  }),
];
