import * as z from "zod/mini";
import { CalendarInputSchema, resolveCalendar } from "../calendar/calendar-input.js";
import { parseInput } from "../core/errors.js";
import { CLEAN_INTAKE_FACTS } from "../rule-tables/cases/portal.js";
import type { PortalOptions } from "../portal/options.js";
import type { CaseEvaluator } from "../core/case-evaluator.js";
import { StatisticsOptionsSchema } from "./options.js";
import { portalStatistics } from "./portal-statistics.js";
import { ticketStatistics } from "./ticket-statistics.js";
import { frozen } from "../core/freeze.js";

// Rule-table tickets give the facts that matter to the statistics; the intake facts not given
// take the values of a clean ticket, as in the portal's own tables.

const Grouping = StatisticsOptionsSchema.shape;
const PortalRow = z.strictObject({
  tickets: z.array(z.record(z.string(), z.unknown())),
  asOf: z.string(),
  ...Grouping,
  options: z.optional(z.unknown()),
  calendar: z.optional(CalendarInputSchema),
});
const RecordsRow = z.strictObject({ records: z.unknown(), ...Grouping });

/** Rule-table evaluators of PORTAL-STATISTICS (registered through src/sanctions/cases.ts). */
export const STATISTICS_CASES: Readonly<Record<string, CaseEvaluator>> = frozen({
  portalStatistics: (input) => {
    const { tickets, asOf, options, calendar, ...grouping } = parseInput(PortalRow, input, "PORTAL-STATISTICS");
    return portalStatistics(
      tickets.map((t) => ({ ...CLEAN_INTAKE_FACTS, ...t })),
      {
        asOf,
        calendar: resolveCalendar(calendar),
        options: { ...grouping, ...(options !== undefined ? { portal: options as PortalOptions } : {}) },
      },
    );
  },
  ticketStatistics: (input) => {
    const { records, ...grouping } = parseInput(RecordsRow, input, "PORTAL-STATISTICS");
    return ticketStatistics(records as never, { options: grouping });
  },
});
