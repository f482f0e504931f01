import {
  explanationText,
  addCalendarDays,
  calendarQuarterOf,
  type ClassMemberInput,
  formatCents,
  type IsoDate,
  evaluateProviderQuarter,
} from "../../src/index.js";
import { table } from "./table.js";

/** The reporting quarters of the spenddown reports: quarters of the state fiscal year (SPENDDOWN-QUARTERLY-REPORTS). */
const SFY = { yearStartMonth: 7, prefix: "SFY" } as const;

/** Six sample Class Members of one provider over the three months of a quarter. */
function sampleMembers(months: readonly string[]): ClassMemberInput[] {
  const [m1 = "", m2 = "", m3 = ""] = months;
  const row = (
    month: string,
    income: string,
    spenddown: string,
    bills: string,
    paidDay: number | null,
    extra: Partial<Record<"continuousEngagement" | "selfTerminated" | "agencyIsRepresentativePayee", boolean>> = {},
  ) => ({
    month,
    householdIncome: income,
    spenddownAmount: spenddown,
    allowableBills: bills,
    payment: paidDay === null ? null : { amount: spenddown, paidOn: `${month}-${String(paidDay).padStart(2, "0")}` },
    continuousEngagement: extra.continuousEngagement ?? true,
    selfTerminated: extra.selfTerminated ?? false,
    agencyIsRepresentativePayee: extra.agencyIsRepresentativePayee ?? true,
  });
  return [
    {
      memberId: "WCM-1001",
      months: [
        row(m1, "1005.00", "87.50", "140.00", 12),
        row(m2, "1005.00", "87.50", "96.20", 19),
        row(m3, "1005.00", "87.50", "210.00", 20),
      ],
    },
    {
      memberId: "WCM-1002",
      months: [
        row(m1, "980.00", "145.00", "300.00", 15),
        row(m2, "980.00", "145.00", "120.00", 21),
        row(m3, "980.00", "145.00", "160.00", 18),
      ],
    },
    {
      memberId: "WCM-1003",
      months: [
        row(m1, "1005.01", "540.25", "610.00", 10, { agencyIsRepresentativePayee: false }),
        row(m2, "1005.01", "540.25", "700.00", 10, { agencyIsRepresentativePayee: false }),
        row(m3, "1005.01", "540.25", "555.00", 10, { agencyIsRepresentativePayee: false }),
      ],
    },
    {
      memberId: "WCM-1004",
      months: [
        row(m1, "910.00", "260.00", "275.00", 20),
        row(m2, "910.00", "260.00", "0.00", null, { continuousEngagement: false, selfTerminated: true }),
      ],
    },
    {
      memberId: "WCM-1005",
      months: [row(m2, "995.00", "310.40", "450.00", 14), row(m3, "995.00", "310.40", "330.00", 14)],
    },
    {
      memberId: "WCM-1006",
      leftFacilityOn: `${m1}-03`,
      prerequisites: {
        enrollmentFormSentOn: `${m1}-01`,
        representativePayeeAgreementSignedOn: `${m1}-09`,
        aabdApplication: { by: "NF/IMD", on: `${m1}-01` },
      },
      months: [
        row(m1, "1000.00", "420.00", "480.00", 16),
        row(m2, "1000.00", "420.00", "500.00", 16),
        row(m3, "1000.00", "420.00", "390.00", 16),
      ],
    },
  ];
}

/**
 * One provider's most recently closed reporting quarter as of `asOf` (sample data): payments
 * against the 20th, the performance measures, the seven standards and the report deadlines.
 */
export function spenddownDemo(asOf: IsoDate): string {
  const quarter = calendarQuarterOf(addCalendarDays(calendarQuarterOf(asOf, SFY).firstDay, -1), SFY);
  // Sample: the financial report went in 20 days after the quarter closed; the performance report not yet.
  const financial = addCalendarDays(quarter.lastDay, 20);
  const reportsSubmitted = { financial: financial <= asOf ? financial : null, performance: null };
  const result = evaluateProviderQuarter(
    {
      provider: "Lakeside Community Mental Health Center",
      fiscalYear: quarter.year,
      quarter: quarter.quarter,
      reportsSubmitted,
      members: sampleMembers(quarter.months),
    },
    { asOf },
  );
  const months = result.memberMonths.map((m) => [
    m.memberId,
    m.month,
    m.income.amount,
    m.spenddown.amount,
    m.spenddown.bucket.band,
    m.bills.sufficient ? "yes" : "no",
    m.payment.deadline.dueDate,
    m.payment.paidOn ?? "-",
    m.payment.onTime === null ? "-" : m.payment.onTime ? "on time" : m.payment.deadline.status,
  ]);
  const measures = result.report.measures.map((m) => [
    m.key,
    m.title,
    `${m.count}/${m.denominator}`,
    m.percent === null ? "-" : `${m.percent}%`,
  ]);
  const standards = result.standards.standards.map((s) => [
    String(s.standard),
    `${s.comparison === "at-least" ? "≥" : "≤"} ${s.target}%`,
    s.percent === null ? "-" : `${s.percent}% (${s.count}/${s.denominator})`,
    s.met === null ? "n/a" : s.met ? "met" : "NOT MET",
  ]);
  const deadlines = result.reportDeadlines.map(
    (d) => `  ${d.name}: due ${d.dueDate} (${d.status})\n    ${explanationText(d.explanation)}`,
  );
  return [
    `Williams spenddown: ${result.provider}, ${quarter.id} (${quarter.label}), as of ${asOf}`,
    table(["Member", "Month", "Income", "Spenddown", "Bucket", "Bills ok", "Due", "Paid", "Payment"], months),
    "",
    `Performance measures (${result.report.memberCount} unduplicated members; options ${JSON.stringify(result.report.options)})`,
    table(["#", "Measure", "Count", "%"], measures),
    "",
    "Performance standards",
    table(["Std", "Target", "Figure", "Result"], standards),
    "",
    `Contract adjustment (SPENDDOWN-THRESHOLD): ${result.contractAdjustment.count} monthly spenddown amount(s) over ${formatCents(100500)}`,
    "Report deadlines (SPENDDOWN-QUARTERLY-REPORTS)",
    ...deadlines,
    "",
    `Findings (${result.findings.length})`,
    ...result.findings.map((f) => `  [${f.severity}] ${f.ruleId}: ${f.message}`),
  ].join("\n");
}
