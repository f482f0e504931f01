import {
  explanationText,
  addCalendarDays,
  evaluateContactDeadlines,
  contactTimeline,
  type IsoDate,
  lastTransferDateMeetingDeadline,
  type WebcmDeadlineRule,
  type WebcmMemberHistory,
} from "../../src/index.js";
import { table } from "./table.js";

const ann = { name: "Ann Lee", email: "ann.lee@meridian.example.com", telephone: "(312) 555-0142" };
const bo = { name: "Bo Chan", email: "bo.chan@meridian.example.com", telephone: "312-555-0199" };

/** One member's history, dated relative to `asOf` so that the demo always shows every case. */
function sampleHistory(asOf: IsoDate): WebcmMemberHistory {
  const d = (n: number) => addCalendarDays(asOf, -n);
  return {
    member: "100200300",
    mco: "Meridian Health",
    events: [
      { type: "waiver assignment notified", date: d(80), id: "HSP-ASSIGN-1" },
      { type: "manual alternate contact", date: d(78), id: "ALT-1", contact: { ...ann, email: "ann.lee@meridian" } },
      { type: "file transfer", date: d(63), id: "FT-W1", contact: ann },
      { type: "manual alternate contact", date: d(50), id: "ALT-2", contact: { ...ann, telephone: "312-555-0150" } },
      { type: "file transfer", date: d(42), id: "FT-W2", contact: ann },
      { type: "care coordinator changed", date: d(30), id: "MCO-CHG-1", newCoordinator: "Bo Chan" },
      { type: "file transfer", date: d(28), id: "FT-W3", contact: ann },
      { type: "manual alternate contact", date: d(20), id: "ALT-3", contact: bo },
      { type: "care coordinator changed", date: d(5), id: "MCO-CHG-2", newCoordinator: "Cy Diaz" },
    ],
  };
}

const CHANNEL = { "file transfer": "file transfer", "manual alternate contact": "manual (Alternate Contact)" } as const;

/** One member's WebCM contact timeline, deadlines with explanations, findings and a transfer plan. */
export function webcmDemo(asOf: IsoDate): string {
  const history = sampleHistory(asOf);
  const timeline = contactTimeline(history, { asOf }).map((p) => [
    p.enteredOn,
    CHANNEL[p.channel],
    p.contact.name ?? "-",
    p.contact.email ?? "-",
    p.contact.telephone ?? "-",
    p.valid ? "yes" : `no: ${p.issues.map((i) => i.field).join(", ")}`,
    p.supersededOn ? `until ${p.supersededOn} (${p.supersededBy})` : "active",
  ]);
  const result = evaluateContactDeadlines(history, { asOf });
  const deadlines = result.deadlines.map((d) => [
    d.deadline.ruleId,
    `${d.trigger} ${d.triggerDate}`,
    d.deadline.dueDate,
    d.deadline.status,
    d.deadline.metOn ?? "-",
    String(d.deadline.daysLate),
  ]);
  // The active contact is the last entry of the timeline (WEBCM-MANUAL-PERSISTS).
  const active = contactTimeline(history, { asOf }).at(-1) ?? null;
  const open = result.deadlines.find((d) => d.deadline.status === "open");
  const plan = open
    ? lastTransferDateMeetingDeadline({
        ruleId: open.deadline.ruleId as WebcmDeadlineRule,
        triggerDate: open.triggerDate,
        transferWeekday: "Wednesday",
      })
    : null;
  return [
    `WebCM care-coordinator contacts: member ${history.member} (${history.mco}), as of ${asOf}`,
    table(["Entered", "Channel", "Name", "E-mail", "Telephone", "Complete", "Active"], timeline),
    "",
    `Active contact: ${active ? `${active.contact.name} - ${active.reason}` : "none"}`,
    "",
    "Deadlines (15 calendar days, trigger day = day 0; no weekend/holiday roll by default)",
    table(["Rule", "Trigger", "Due", "Status", "Met on", "Days late"], deadlines),
    ...result.deadlines.map((d) => `  ${d.summary}\n    ${explanationText(d.deadline.explanation)}`),
    "",
    "Findings",
    ...result.findings.map((f) => `  [${f.severity}] ${f.ruleId}: ${f.message}`),
    ...(plan
      ? [
          "",
          `Weekly file transfer on Wednesdays: last transfer that meets the open ${plan.ruleId} deadline = ${plan.lastTransferDate}`,
          `  ${explanationText(plan.explanation)}`,
        ]
      : []),
  ].join("\n");
}
