// A Provider Resolution Portal ticket through the rules engine: where it stands on a
// few dates, every deadline with its explanation, findings, the fine and the fine notice.
// Run: npx tsx examples/portal-ticket.ts
import { evaluateTicket, explanationText, portalDueDate, parseIsoDate } from "../src/index.js";
import { SAMPLE_TICKETS } from "./demo/portal.js";

const ticket = SAMPLE_TICKETS[0];
if (!ticket) throw new Error("no sample ticket");

console.log(`Ticket ${ticket.ticketNumber} (${ticket.mco}), filed ${ticket.portalSubmittedOn}\n`);
for (const asOf of ["2024-06-05", "2024-07-05", "2024-07-10"]) {
  const result = evaluateTicket(ticket, { asOf });
  console.log(`As of ${asOf}: ${result.status}; proposal due ${result.proposalDueDate}; overdue: ${result.overdue}`);
  for (const d of result.deadlines)
    console.log(
      `  ${d.name.padEnd(20)} ${d.party.padEnd(16)} due ${d.dueDate}  ${d.status}${d.daysLate ? ` (${d.daysLate} days)` : ""}`,
    );
}

const final = evaluateTicket(ticket, { asOf: "2024-07-10" });
console.log("\nWhy the proposal is due when it is:");
const finalProposal = final.deadlines.find((d) => d.name === "proposal");
if (finalProposal) console.log(`  ${explanationText(finalProposal.explanation)}`);
console.log("\nFindings:");
for (const f of final.findings) console.log(`  ${f.ruleId} (${f.party}, ${f.severity}): ${f.message}`);
if (final.fine && final.fineNotice) {
  console.log(
    `\nFine: ${final.fine.amountCents} cents, overdue since ${final.fine.overdueOn}, issued ${final.fine.issuedOn}`,
  );
  console.log(`Subject: ${final.fineNotice.subject}`);
  console.log(`Body:    ${final.fineNotice.body}`);
}

// The same ticket under another reading of open point 4: the clock from portal receipt.
const fromReceipt = evaluateTicket(ticket, { asOf: "2024-07-10", options: { mcoClockStart: "portal-receipt" } });
console.log(
  `\nWith mcoClockStart "portal-receipt": proposal due ${fromReceipt.proposalDueDate}, overdue since ${fromReceipt.overdueSince}`,
);

// The date functions on their own.
const proposal = portalDueDate("PORTAL-PROPOSAL-DUE", parseIsoDate("2024-10-30"));
console.log(`\nportalDueDate(PORTAL-PROPOSAL-DUE, 2024-10-30): ${explanationText(proposal)}`);
