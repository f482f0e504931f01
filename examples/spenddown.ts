// Williams Class Member spenddown ("Advance Pay"), DHS grant program Medicaid Spend-Down: one provider's quarter.
// Run: npx tsx examples/spenddown.ts
import {
  explanationText,
  contractAdjustmentCount,
  evaluateMemberMonth,
  evaluateProviderQuarter,
  performanceReport,
  spenddownReportCalendar,
} from "../src/index.js";

// Money is given in dollars with at most two decimals (number or string) and kept as integer cents.
const month = (
  m: string,
  income: string | number,
  spenddown: string | number,
  bills: string | number,
  paidOn: string | null,
  more: { engaged?: boolean; terminated?: boolean; payee?: boolean } = {},
) => ({
  month: m,
  householdIncome: income,
  spenddownAmount: spenddown,
  allowableBills: bills,
  payment: paidOn === null ? null : { amount: spenddown, paidOn },
  continuousEngagement: more.engaged ?? true,
  selfTerminated: more.terminated ?? false,
  agencyIsRepresentativePayee: more.payee ?? true,
});

const members = [
  {
    memberId: "WCM-2001",
    months: [
      month("2024-07", "1005.00", 99.99, 120, "2024-07-19"),
      month("2024-08", "1005.00", 99.99, 80, "2024-08-20"),
      month("2024-09", "1005.00", 99.99, 130, "2024-09-20"),
    ],
  },
  {
    memberId: "WCM-2002",
    months: [
      month("2024-07", 990, "250.00", 400, "2024-07-18"),
      month("2024-08", 990, "250.00", 260, "2024-08-21"),
      month("2024-09", 990, "250.00", 300, "2024-09-16"),
    ],
  },
  {
    memberId: "WCM-2003",
    months: [
      month("2024-07", 1005.01, "500.01", 650, "2024-07-10", { payee: false }),
      month("2024-08", 1005.01, "500.01", 650, "2024-08-12", { payee: false }),
    ],
  },
  {
    memberId: "WCM-2004",
    months: [
      month("2024-07", 920, 180, 200, "2024-07-20"),
      month("2024-08", 920, 180, 0, null, { engaged: false, terminated: true }),
    ],
  },
];

console.log("One member-month: WCM-2002, August 2024 (paid on the 21st)");
const august = evaluateMemberMonth(
  { memberId: "WCM-2002", ...month("2024-08", 990, "250.00", 260, "2024-08-21") },
  { asOf: "2024-10-01" },
);
console.log(`  income ${august.income.amount} at or under threshold: ${august.income.atOrUnderThreshold}`);
console.log(
  `  deductible ${august.spenddown.amount} in bucket "${august.spenddown.bucket.band}"; bills ${august.bills.amount} sufficient: ${august.bills.sufficient}`,
);
console.log(
  `  payment ${august.payment.deadline.status} (${august.payment.deadline.daysLate} day late): ${explanationText(august.payment.deadline.explanation)}`,
);

const report = performanceReport({ provider: "Lakeside CMHC", fiscalYear: 2025, quarter: 1, members });
console.log(
  `\nPerformance report ${report.quarter.id} (${report.quarter.label}), ${report.memberCount} unduplicated members`,
);
for (const m of report.measures)
  console.log(
    `  ${m.key.padEnd(9)}${String(m.count).padStart(2)}/${m.denominator}  ${String(m.percent).padStart(5)}%  ${m.title}`,
  );

// The standards of the quarter, as its evaluation gives them once the quarter is over.
const quarter = { provider: "Lakeside CMHC", fiscalYear: 2025, quarter: 1, members };
const standardsOf = (options = {}) =>
  evaluateProviderQuarter(
    { ...quarter, reportsSubmitted: { financial: null, performance: null } },
    { asOf: "2025-06-30", options },
  ).standards;
console.log("\nStandards (default readings)");
for (const s of standardsOf().standards) console.log(`  ${s.text}`);
console.log("\nStandard 3 read on income, as worded (open point 8)");
console.log(`  ${standardsOf({ standard3Basis: "income" }).standards[2]?.text}`);

console.log(
  `\nContract adjustment count (spenddown amounts over $1,005.00): ${contractAdjustmentCount(members).count}`,
);

console.log("\nReport calendar, state fiscal year 2025");
for (const q of spenddownReportCalendar(2025).quarters)
  console.log(
    `  ${q.quarter.id} ${q.quarter.label.padEnd(36)} financial and performance reports due ${q.reports[0]?.dueDate}`,
  );
