import { defineRule } from "../rules/define.js";

const BASIS = "Seed 001 policy history: May 2020 'Add Portal Fines/Sanctions'";

/** SANCTION-* rules: the quarterly sanction calendar (RULES.md, "SANCTION"). */
export const SANCTION_RULES = [
  defineRule({
    id: "SANCTION-PERIOD",
    title: "Fines are tracked per calendar-quarter reporting period",
    area: "sanctions",
    seeds: ["001"],
    quote: "HFS tracks fines issued to each MCO based on a quarterly reporting period",
    versions: [{ from: "2020-05-01", parameters: { monthsPerPeriod: 3 }, basis: BASIS }],
  }),
  defineRule({
    id: "SANCTION-NOTICE-DUE",
    title: "The Portal Sanction Payment Notice is issued no later than the end of the month after the quarter",
    area: "sanctions",
    seeds: ["001"],
    quote: "no later than the end of the month following the close of the reporting period",
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
