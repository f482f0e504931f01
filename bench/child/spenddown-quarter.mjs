// The spenddown memory figure: one provider's quarter of MEMBERS Class Members × 3 months,
// evaluated by the built package (dist/) when argv[2] is "evaluate"; "input" builds the input
// only (the baseline: what the input itself weighs). Peak memory comes from bench/child/peak.cjs.
import { evaluateProviderQuarter } from "hfs-mco-rules";

const members = Number(process.env.MEMBERS ?? 30_000);
const months = ["2024-07", "2024-08", "2024-09"];
const row = (month, k) => ({
  month,
  householdIncome: `${900 + (k % 200)}.00`,
  spenddownAmount: `${50 + (k % 400)}.50`,
  allowableBills: `${100 + (k % 500)}.00`,
  payment:
    k % 7 === 0
      ? null
      : { amount: `${50 + (k % 400)}.50`, paidOn: `${month}-${String(1 + (k % 28)).padStart(2, "0")}` },
  continuousEngagement: k % 11 !== 0,
  selfTerminated: false,
  agencyIsRepresentativePayee: k % 5 !== 0,
});
const input = {
  provider: "Bench CMHC",
  fiscalYear: 2025,
  quarter: 1,
  reportsSubmitted: { financial: "2024-10-20", performance: null },
};
const list = Array.from({ length: members }, (_, k) => ({
  memberId: `WCM-${k}`,
  months: months.map((m) => row(m, k)),
}));
const asOf = "2024-11-15";
if (process.argv[2] === "evaluate") {
  const result = evaluateProviderQuarter({ ...input, members: list }, { asOf }); // the one call shape fn(input, { asOf })
  process.stdout.write(`${result.memberMonths?.length ?? "?"} member-months\n`);
} else {
  process.stdout.write(`${list.length * months.length} member-months built\n`);
}
