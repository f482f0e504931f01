// Public portal statistics (PORTAL-STATISTICS): complaints by MCO, program and provider type, open,
// closed (by reason), overdue, fines and sanctions, upheld vs overturned, median days to proposal.
// Run: npx tsx examples/statistics.ts
import { addCalendarDays, formatCents, type GroupStatistics, type IsoDate, portalStatistics } from "../src/index.js";

const asOf = "2024-09-30" as IsoDate;
const contact = { name: "Provider Relations", phone: "312-555-0100", email: "pr@plan.example" };

/** A ticket whose MCO tracking number is issued on `tracked`; the rest counted in days from it. */
function ticket(
  n: string,
  mco: string,
  program: string,
  providerType: string,
  tracked: string,
  p: {
    portal: number;
    presented?: number;
    proposal?: [number, "upheld" | "overturned"];
    contest?: number;
    fine?: number;
  },
) {
  const day = (d: number) => addCalendarDays(tracked as IsoDate, d);
  const events: object[] = [];
  if (p.presented !== undefined) events.push({ type: "presented to MCO", date: day(p.presented) });
  if (p.proposal)
    events.push({
      type: "proposal submitted",
      date: day(p.proposal[0]),
      plan: "Reprocess the claims",
      resolutionPeriod: "30 days",
      contact,
      checkboxes: { upheld: p.proposal[1] === "upheld", overturned: p.proposal[1] === "overturned" },
    });
  if (p.contest !== undefined) events.push({ type: "provider contest", date: day(p.contest) });
  if (p.fine !== undefined) events.push({ type: "fine issued", date: day(p.fine) });
  return {
    ticketNumber: n,
    mco,
    program,
    providerType,
    internalDispute: {
      submittedToMcoOn: day(-2),
      trackingNumber: `${mco.slice(0, 4).toUpperCase()}-${n}`,
      trackingNumberIssuedOn: day(0),
    },
    portalSubmittedOn: day(p.portal),
    medicareOnly: false,
    feeForService: false,
    priorAuthorizationNotObtained: false,
    complete: true,
    providerRegistered: true,
    accessToCare: false,
    members: [],
    events,
  };
}

const HCI = "HealthChoice Illinois";
const tickets = [
  ticket("1001", "Acme Health", HCI, "Hospital", "2024-02-01", { portal: 35, presented: 37, proposal: [55, "upheld"] }),
  ticket("1002", "Acme Health", HCI, "Physician", "2024-03-04", { portal: 40, presented: 42, fine: 75 }),
  ticket("1003", "Acme Health", "MMAI", "Hospital", "2024-04-15", { portal: 16 }),
  ticket("1004", "Acme Health", HCI, "Pharmacy", "2024-06-03", {
    portal: 31,
    presented: 33,
    proposal: [50, "overturned"],
    contest: 52,
  }),
  ticket("2001", "Bright Care", HCI, "Hospital", "2024-06-03", {
    portal: 35,
    presented: 37,
    proposal: [78, "overturned"],
  }),
  ticket("2002", "Bright Care", HCI, "Physician", "2024-07-01", {
    portal: 35,
    presented: 37,
    proposal: [57, "overturned"],
  }),
  ticket("2003", "Bright Care", "MMAI", "Nursing facility", "2024-05-01", { portal: 65 }),
  ticket("2004", "Bright Care", "MMAI", "Hospital", "2024-07-15", { portal: 45, presented: 47 }),
];

function row(label: string, g: Omit<GroupStatistics, "group">): string {
  const reasons =
    Object.entries(g.closedByReason)
      .map(([r, n]) => `${r} ${n}`)
      .join(", ") || "-";
  const median = g.medianDaysToProposal === null ? "-" : String(g.medianDaysToProposal);
  return `  ${label.padEnd(38)} ${String(g.total).padStart(5)} ${String(g.open).padStart(4)} ${String(g.closed).padStart(6)} ${String(g.overdue).padStart(7)} ${String(g.fines).padStart(5)} ${g.sanctionTotal.padStart(11)} ${String(g.upheld).padStart(6)} ${String(g.overturned).padStart(10)} ${median.padStart(6)}  ${reasons}`;
}
const header = `  ${"Group".padEnd(38)} Total Open Closed Overdue Fines   Sanctions Upheld Overturned Median  Closed by reason`;

for (const [title, groupBy, byQuarter] of [
  ["By MCO", ["mco"], false],
  ["By MCO and program", ["mco", "program"], false],
  ["By provider type", ["providerType"], false],
  ["By quarter of portal submission and MCO", ["mco"], true],
] as const) {
  const stats = portalStatistics(tickets, { asOf, options: { groupBy: [...groupBy], byQuarter } });
  console.log(`${title} (as of ${stats.asOf})`);
  console.log(header);
  for (const g of stats.groups) console.log(row(Object.values(g.group).join(" / "), g));
  console.log(row("All complaints", stats.overall));
  console.log("");
}

const all = portalStatistics(tickets, { asOf });
console.log(
  `Sanctions: ${all.overall.fines} fines (${all.overall.finesIssued} issued), ${formatCents(all.overall.sanctionTotalCents)}; median ${all.overall.medianDaysToProposal} days from MCO receipt to proposal.`,
);
