import {
  evaluateTickets,
  explanationText,
  type IsoDate,
  type TicketEvaluation,
  type TicketInput,
} from "../../src/index.js";
import { table } from "./table.js";

const contact = { name: "Dana Reyes", phone: "312-555-0142", email: "dana.reyes@acme-health.example" };
const base = {
  mco: "Acme Health",
  program: "HealthChoice Illinois",
  medicareOnly: false,
  feeForService: false,
  priorAuthorizationNotObtained: false,
  complete: true,
  providerRegistered: true,
  accessToCare: false,
} as const;

/** Sample tickets for the example and the demo: realistic histories around 2024 State Holidays. */
export const SAMPLE_TICKETS: readonly TicketInput[] = [
  {
    ...base,
    ticketNumber: "PRP-2024-0614",
    providerType: "Hospital",
    internalDispute: {
      submittedToMcoOn: "2024-03-29",
      trackingNumber: "ACME-DSP-88211",
      trackingNumberIssuedOn: "2024-04-02",
      resolution: null,
    },
    portalSubmittedOn: "2024-05-20",
    members: [{ name: "Jordan Lee", recipientId: "412345678", datesOfService: ["2024-02-14"] }],
    events: [
      { type: "presented to MCO", date: "2024-06-04" },
      { type: "information requested", date: "2024-06-10" },
      { type: "information provided", date: "2024-06-14" },
      { type: "fine issued", date: "2024-07-09" },
    ],
  },
  {
    ...base,
    ticketNumber: "PRP-2024-1030",
    providerType: "Nursing Facility",
    internalDispute: {
      submittedToMcoOn: "2024-09-10",
      trackingNumber: "ACME-DSP-90417",
      trackingNumberIssuedOn: "2024-09-12",
      resolution: { date: "2024-10-01" },
    },
    portalSubmittedOn: "2024-10-16",
    members: [{ name: "Pat Morgan", recipientId: "498765432", datesOfService: ["2024-08-01", "2024-08-02"] }],
    events: [
      { type: "presented to MCO", date: "2024-10-30" },
      { type: "extension requested", date: "2024-11-20", requestedBy: "MCO" },
      { type: "extension decision", date: "2024-11-21", approved: true },
      {
        type: "proposal submitted",
        date: "2024-12-20",
        plan: "Reprocess the August claims at the contracted per diem",
        resolutionPeriod: "45 days",
        contact,
        checkboxes: { upheld: false, overturned: true },
      },
    ],
  },
  {
    ...base,
    ticketNumber: "PRP-2024-0701",
    providerType: "Physician",
    internalDispute: {
      submittedToMcoOn: "2024-05-06",
      trackingNumber: "ACME-DSP-89002",
      trackingNumberIssuedOn: "2024-05-06",
      resolution: { date: "2024-05-30" },
    },
    portalSubmittedOn: "2024-06-10",
    members: [{ name: "Sam Ortiz", recipientId: "400112233", datesOfService: ["2024-04-03"] }],
    events: [
      { type: "presented to MCO", date: "2024-06-12" },
      {
        type: "proposal submitted",
        date: "2024-07-01",
        plan: "Denial upheld: no referral on file",
        resolutionPeriod: null,
        contact,
        checkboxes: { upheld: true, overturned: false },
      },
      { type: "provider contest", date: "2024-07-08" },
      { type: "HFS review requested", date: "2024-07-22" },
      { type: "evidence delivered", date: "2024-08-05", by: "MCO" },
      { type: "evidence delivered", date: "2024-08-19", by: "provider" },
      { type: "Administrative Review started", date: "2024-08-26" },
    ],
  },
  {
    ...base,
    ticketNumber: "PRP-2024-0502",
    providerType: "Pharmacy",
    internalDispute: {
      submittedToMcoOn: "2024-04-10",
      trackingNumber: "ACME-DSP-88650",
      trackingNumberIssuedOn: "2024-04-11",
      resolution: null,
    },
    portalSubmittedOn: "2024-05-02",
    members: [],
    events: [],
  },
];

function timeline(result: TicketEvaluation): string {
  const closure = result.closure ? ` (${result.closure.reason}, ${result.closure.ruleId}, ${result.closure.on})` : "";
  const head = `${result.ticketNumber} · ${result.mco} · ${result.program} · ${result.providerType}: ${result.status}${closure}`;
  const rows = result.deadlines.map((d) => [
    d.name,
    d.party,
    d.dueDate,
    d.status,
    d.metOn ?? "",
    d.daysLate > 0 ? String(d.daysLate) : "",
  ]);
  const window = result.submissionWindow
    ? [
        `  submission window: ${result.submissionWindow.earliest.result} … ${result.submissionWindow.latest.result}, submitted day ${result.submissionWindow.daysAfterStart} (${result.submissionWindow.timing})`,
      ]
    : [];
  const why = result.deadlines.map((d) => `  ${d.ruleId}: ${explanationText(d.explanation)}`);
  const findings = result.findings.map((f) => `  ! ${f.ruleId} [${f.party}, ${f.severity}] ${f.message}`);
  const fine = result.fine
    ? [
        `  fine: ${(result.fine.amountCents / 100).toLocaleString("en-US", { style: "currency", currency: "USD" })} (overdue since ${result.fine.overdueOn}) - notice: "${result.fineNotice?.subject}"`,
      ]
    : [];
  return [
    head,
    ...window,
    rows.length > 0 ? table(["Deadline", "Party", "Due", "Status", "Met on", "Days late"], rows) : "  (no deadlines)",
    ...why,
    ...findings,
    ...fine,
  ].join("\n");
}

/** A few sample Provider Resolution Portal tickets and where they stand as of `asOf`. */
export function portalDemo(asOf: IsoDate): string {
  const results = evaluateTickets(SAMPLE_TICKETS, { asOf });
  return [`Provider Resolution Portal tickets as of ${asOf} (PORTAL-*)`, ...results.map(timeline)].join("\n\n");
}
