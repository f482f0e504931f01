// The quarterly sanction calendar (SANCTION-*): a year's notice deadlines, the notices of a set
// of portal fines, and which notices are due or late as of a date. Run: npx tsx examples/sanctions.ts
import {
  type Fine,
  type IsoDate,
  evaluateSanctionNotices,
  explanationText,
  sanctionCalendar,
  sanctionNotices,
} from "../src/index.js";
import { FinesSchema } from "../src/schemas.js";

const asOf = "2024-05-15" as IsoDate;

console.log("Sanction calendar 2024 (notice deadlines as written; weekends kept)");
for (const { period, noticeDueDate } of sanctionCalendar(2024).periods) {
  console.log(`  ${period.id}  ${period.label.padEnd(37)} notice no later than ${noticeDueDate}`);
}
console.log("\nSame calendar for 2022 with unstatedRoll: backward");
for (const { explanation } of sanctionCalendar(2022, { options: { unstatedRoll: "backward" } }).periods) {
  console.log(`  ${explanation.result}  ${explanationText(explanation)}`);
}

// Fines as the portal evaluator produces them, or given directly as JSON (validated).
const fines: Fine[] = FinesSchema.parse([
  {
    ticketNumber: "PR-24-0113",
    mco: "Acme Health",
    dueDate: "2024-01-16",
    overdueOn: "2024-01-17",
    issuedOn: "2024-01-18",
    amountCents: 500000,
  },
  {
    ticketNumber: "PR-24-0342",
    mco: "Acme Health",
    dueDate: "2024-03-04",
    overdueOn: "2024-03-05",
    issuedOn: null,
    amountCents: 500000,
  },
  {
    ticketNumber: "PR-24-0377",
    mco: "Acme Health",
    dueDate: "2024-03-29",
    overdueOn: "2024-03-30",
    issuedOn: "2024-04-02",
    amountCents: 500000,
  },
  {
    ticketNumber: "PR-24-0419",
    mco: "Bright Care",
    dueDate: "2024-02-12",
    overdueOn: "2024-02-13",
    issuedOn: "2024-02-14",
    amountCents: 500000,
  },
  {
    ticketNumber: "PR-24-0520",
    mco: "Bright Care",
    dueDate: "2024-05-06",
    overdueOn: "2024-05-07",
    issuedOn: "2024-05-08",
    amountCents: 500000,
  },
]);

for (const fineDateBasis of ["issued", "overdue"] as const) {
  console.log(`\nPortal Sanction Payment Notices (fineDateBasis: ${fineDateBasis})`);
  const { notices, findings } = sanctionNotices(fines, { options: { fineDateBasis } });
  for (const n of notices) {
    console.log(
      `  ${n.mco}, ${n.period.id} (${n.period.label}): ${n.count} fine(s), ${n.total}, notice due ${n.noticeDueDate}`,
    );
    for (const l of n.fines)
      console.log(`    ${l.ticketNumber}  due ${l.dueDate}  fined ${l.fineDate} (${l.fineDateBasis})  ${l.amount}`);
  }
  for (const f of findings) console.log(`  [${f.severity}] ${f.ruleId}: ${f.message}`);
}

const status = evaluateSanctionNotices(
  { fines, issued: [{ mco: "Bright Care", year: 2024, quarter: 1, issuedOn: "2024-04-26" }] },
  { asOf },
);
console.log(`\nAs of ${asOf}`);
for (const s of status.notices) {
  console.log(
    `  ${s.notice.mco.padEnd(12)} ${s.notice.period.id}  ${s.state.padEnd(8)} deadline ${s.deadline.dueDate} (${s.deadline.status}${s.deadline.daysLate > 0 ? `, ${s.deadline.daysLate} day${s.deadline.daysLate === 1 ? "" : "s"} late` : ""})`,
  );
}
console.log(
  `  due: ${status.due.length}, late: ${status.late.map((r) => `${r.mco} ${r.period}`).join(", ") || "none"}`,
);
