// WebCM care-coordinator contacts (WEBCM-*): one MCO's members, their deadlines, a weekly
// transfer plan and the quarterly compliance report. Run: npx tsx examples/webcm.ts
import {
  contactTimeline,
  evaluateContactDeadlines,
  lastTransferDateMeetingDeadline,
  type WebcmMemberHistoryInput,
  webcmComplianceReport,
} from "../src/index.js";

const asOf = "2024-04-15";
const ann = { name: "Ann Lee", email: "ann.lee@meridian.example.com", telephone: "(312) 555-0142" };
const bo = { name: "Bo Chan", email: "bo.chan@meridian.example.com", telephone: "312-555-0199" };

const members: WebcmMemberHistoryInput[] = [
  {
    member: "100200300",
    mco: "Meridian",
    events: [
      { type: "waiver assignment notified", date: "2024-01-08" },
      { type: "file transfer", date: "2024-01-17", contact: ann },
      { type: "care coordinator changed", date: "2024-02-26", newCoordinator: "Bo Chan" },
      { type: "file transfer", date: "2024-02-28", contact: ann }, // the old coordinator again
      { type: "manual alternate contact", date: "2024-03-14", contact: bo }, // day 17: late
    ],
  },
  {
    member: "100200301",
    mco: "Meridian",
    events: [
      { type: "waiver assignment notified", date: "2024-02-05" },
      { type: "file transfer", date: "2024-02-14", contact: { ...bo, email: "bo.chan@" } }, // bad e-mail
    ],
  },
  {
    member: "100200302",
    mco: "Meridian",
    events: [
      { type: "waiver assignment notified", date: "2024-03-01" },
      { type: "manual alternate contact", date: "2024-03-15", contact: ann },
    ],
  },
  {
    member: "100200303",
    mco: "Meridian",
    events: [{ type: "waiver assignment notified", date: "2024-03-25" }], // due 2024-04-09, in Q2
  },
];

console.log(`WebCM contact deadlines, as of ${asOf}\n`);
for (const history of members) {
  const result = evaluateContactDeadlines(history, { asOf });
  // The active contact is the last entry of the timeline (WEBCM-MANUAL-PERSISTS).
  const active = contactTimeline(history, { asOf }).at(-1) ?? null;
  console.log(
    `Member ${history.member}: active contact ${active ? `${active.contact.name} (${active.channel} ${active.enteredOn}${active.valid ? "" : ", incomplete"})` : "none"}`,
  );
  for (const d of result.deadlines) console.log(`  ${d.deadline.ruleId}: ${d.summary}`);
  for (const f of result.findings.filter((f) => f.ruleId === "WEBCM-CONTACT-FIELDS" || f.severity === "warning")) {
    console.log(`  finding ${f.ruleId}: ${f.message}`);
  }
}

const plan = lastTransferDateMeetingDeadline({
  ruleId: "WEBCM-INITIAL-DUE",
  triggerDate: "2024-03-25",
  transferWeekday: "Thursday",
});
console.log(
  `\nAn MCO transferring on Thursdays, notified ${plan.triggerDate}: transfers ${plan.transfersInWindow.join(", ")} meet the deadline ${plan.dueDate}; the last is ${plan.lastTransferDate}.`,
);

const report = webcmComplianceReport({ mco: "Meridian", quarter: "2024-Q1", members }, { asOf });
const rate = report.complianceRate === null ? "n/a (nothing decided)" : `${(report.complianceRate * 100).toFixed(1)}%`;
console.log(
  `\nQuarterly compliance report ${report.quarter} (${report.firstDay} to ${report.lastDay}) for ${report.mco}, as of ${report.asOf}`,
);
console.log(
  `  due ${report.counts.due}: met ${report.counts.met}, late ${report.counts.late}, missed ${report.counts.missed}, open ${report.counts.open}; compliance rate ${rate}`,
);
for (const row of report.lateOrMissed) {
  console.log(
    `  ${row.status.padEnd(6)} member ${row.member} ${row.ruleId} due ${row.dueDate}: ${row.daysLate} day${row.daysLate === 1 ? "" : "s"} late`,
  );
}
