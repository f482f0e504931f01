import { evaluateTickets, type IsoDate, workQueue } from "../../src/index.js";
import { SAMPLE_TICKETS } from "./portal.js";
import { table } from "./table.js";

/** The work queue of the sample tickets: what is due within 10 business days of `asOf`, or missed. */
export function queueDemo(asOf: IsoDate): string {
  const queue = workQueue(evaluateTickets(SAMPLE_TICKETS, { asOf }), { asOf, options: { withinBusinessDays: 10 } });
  const rows = queue.items.map((x) => [
    x.dueDate,
    String(x.businessDaysLeft),
    x.status,
    `${x.atRisk} (${x.elapsedPercent}%)`,
    x.party,
    x.name,
    x.subject.label,
  ]);
  const body =
    rows.length > 0
      ? table(["Due", "Business days left", "Status", "At risk", "Party", "Deadline", "Subject"], rows)
      : "  (nothing due within 10 business days)";
  return [`Work queue as of ${asOf}: open and missed deadlines due within 10 business days (workQueue)`, body].join(
    "\n",
  );
}
