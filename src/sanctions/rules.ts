import { defineRule } from "../rules/define.js";

// Open interpretation 9: the policy history gives "May 2020 Add Portal Fines/Sanctions" by month
// only; the default effective date is the first day of that month (as PORTAL-FINE).
const BASIS = "Seed 001 policy history: May 2020 'Add Portal Fines/Sanctions' (month only: open point 9, first day of the month by default)";

/** SANCTION-* rules: the quarterly sanction calendar (RULES.md, "SANCTION"). */
export const SANCTION_RULES = [
  defineRule({
    id: "SANCTION-PERIOD",
    title: "Fines are tracked per calendar-quarter reporting period",
    area: "sanctions",
    seeds: ["001"],
    quote: "HFS tracks fines issued to each MCO based on a quarterly reporting period",
    // A reporting period is `monthsPerPeriod` calendar months, the first one starting in January
    // (the seed's table: January-March, April-June, July-September, October-December).
    versions: [{ from: "2020-05-01", parameters: { monthsPerPeriod: 3 }, basis: BASIS }],
  }),
  defineRule({
    id: "SANCTION-NOTICE-DUE",
    title: "The Portal Sanction Payment Notice is issued no later than the end of the month after the quarter",
    area: "sanctions",
    seeds: ["001"],
    quote: "no later than the end of the month following the close of the reporting period",
    // The notice is due on the last day of the `monthsAfterPeriod`-th month after the period
    // (Apr 30, Jul 31, Oct 31, Jan 31 of the next year).
    versions: [{ from: "2020-05-01", parameters: { monthsAfterPeriod: 1 }, basis: BASIS }],
  }),
  defineRule({
    id: "SANCTION-NOTICE-ONLY-IF-FINED",
    title: "Only an MCO with fines in the period gets a notice, listing the fines and their total",
    area: "sanctions",
    seeds: ["001"],
    quote: "If an MCO does not receive any fines during a reporting period, a Portal Sanction Notice will not be issued",
    versions: [{ from: "2020-05-01", basis: BASIS }],
  }),
];
