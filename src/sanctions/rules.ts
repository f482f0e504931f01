import { defineRule, months } from "../rules/define.js";
import { frozen } from "../core/freeze.js";

// Open interpretation 9: the policy history gives "May 2020 Add Portal Fines/Sanctions" by month
// only; the default effective date is the first day of that month (as PORTAL-FINE).
const BASIS = frozen({
  monthOnly: true,
  basis:
    "HFS Provider Resolution Portal Requirements, policy history: May 2020 'Add Portal Fines/Sanctions' (month " +
    "only: open point 9, first day of the month by default)",
  sources: ["hfs-prp-requirements"],
});

/** SANCTION-* rules: the quarterly sanction calendar (docs/rules.md, "sanctions"). */
export const SANCTION_RULES = frozen([
  defineRule({
    id: "SANCTION-PERIOD",
    title: "Fines are tracked per calendar-quarter reporting period",
    area: "sanctions",
    cite: [
      {
        source: "hfs-prp-requirements",
        section: "Requirements: fines and sanctions",
        quote: "HFS tracks fines issued to each MCO based on a quarterly reporting period",
      },
    ],
    openPoints: [6, 9],
    // A reporting period is `monthsPerPeriod` calendar months, the first one starting in January
    // (the policy's table: January-March, April-June, July-September, October-December).
    versions: [{ from: "2020-05-01", parameters: { monthsPerPeriod: months(3) }, ...BASIS }],
  }),
  defineRule({
    id: "SANCTION-NOTICE-DUE",
    title: "The Portal Sanction Payment Notice is issued no later than the end of the month after the quarter",
    area: "sanctions",
    cite: [
      {
        source: "hfs-prp-requirements",
        section: "Requirements: fines and sanctions",
        quote:
          "HFS will issue Portal Sanction Payment Notices to each MCO no later than the end of the month following " +
          "the close of the reporting period",
      },
      {
        source: "hfs-prp-requirements",
        section: "Requirements: Portal Fine Reporting Period table",
        quote: "No later than April 30",
      },
    ],
    openPoints: [2, 9],
    // The notice is due on the last day of the `monthsAfterPeriod`-th month after the period
    // (Apr 30, Jul 31, Oct 31, Jan 31 of the next year).
    versions: [{ from: "2020-05-01", parameters: { monthsAfterPeriod: months(1) }, ...BASIS }],
  }),
  defineRule({
    id: "SANCTION-NOTICE-ONLY-IF-FINED",
    title: "Only an MCO with fines in the period gets a notice, listing the fines and their total",
    area: "sanctions",
    cite: [
      {
        source: "hfs-prp-requirements",
        section: "Requirements: fines and sanctions",
        quote:
          "If an MCO does not receive any fines during a reporting period, a Portal Sanction Notice will not be " +
          "issued to the MCO",
      },
      {
        source: "hfs-prp-requirements",
        section: "Requirements: fines and sanctions",
        quote:
          "The Portal Sanction Payment Notice will identify the portal fines issued to the MCO during the reporting " +
          "period, the total sanction payment due to HFS, the due date for submission of the sanction payment to " +
          "HFS, and sanction payment details include the address and HFS Bureau",
      },
    ],
    // Open point 14: the notice must state the payment due date, which the policy never gives.
    openPoints: [6, 9, 14],
    versions: [{ from: "2020-05-01", ...BASIS }],
  }),
]);
