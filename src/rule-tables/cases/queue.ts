import * as z from "zod/mini";
import { evaluateTicketRun as evaluateTicket } from "../../api/operations/portal-runs.js";
import { workQueueRun } from "../../api/operations/queue.js";
import { evaluateContactDeadlines } from "../../api/operations/webcm.js";
import { CalendarInputSchema } from "../../calendar/calendar-input-schema.js";
import { resolveCalendar } from "../../api/resolve-calendar.js";
import type { CaseEvaluator } from "../../core/case-evaluator.js";
import { parseInput } from "../../core/errors.js";
import { frozen } from "../../core/freeze.js";
import type { TicketInput } from "../../portal/schemas.js";
import { CLEAN_TICKET } from "./portal.js";

// The rule-table evaluators of the work queue (test/rule-tables/queue*.yaml): an adapter from a
// table's row to the checked runs (src/api/operations/queue.ts), as a caller would call them.
// A row gives tickets (the intake facts not given are those of a clean ticket, as in the
// portal's tables) and WebCM member histories, evaluated as of `asOf` and queued.
const QueueRow = z.strictObject({
  asOf: z.string(),
  tickets: z.optional(z.array(z.record(z.string(), z.unknown()))),
  webcm: z.optional(z.array(z.unknown())),
  options: z.optional(z.unknown()),
  calendar: z.optional(CalendarInputSchema),
});

/** Rule-table evaluators of the work queue (kind `workQueue`). */
export const QUEUE_CASES: Readonly<Record<string, CaseEvaluator>> = frozen({
  workQueue: (input) => {
    const row = parseInput(QueueRow, input, "workQueue row");
    const calendar = resolveCalendar(row.calendar);
    const tickets = (row.tickets ?? []).map((t) =>
      evaluateTicket({ ...CLEAN_TICKET, ...t } as unknown as TicketInput, { asOf: row.asOf, calendar }),
    );
    const members = (row.webcm ?? []).map((h) => evaluateContactDeadlines(h as never, { asOf: row.asOf }));
    return workQueueRun([...tickets, ...members], { asOf: row.asOf, calendar, options: row.options as never });
  },
});
