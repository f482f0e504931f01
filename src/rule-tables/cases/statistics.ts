import * as z from "zod/mini";
import { portalStatisticsRun, ticketStatisticsRun } from "../../api/operations/statistics-runs.js";
import { CalendarInputSchema } from "../../calendar/calendar-input-schema.js";
import { resolveCalendar } from "../../api/resolve-calendar.js";
import type { CaseEvaluator } from "../../core/case-evaluator.js";
import { parseInput } from "../../core/errors.js";
import { frozen } from "../../core/freeze.js";
import { StatisticsOptionsSchema } from "../../portal-statistics/options-schema.js";
import type { PortalOptions } from "../../portal/options.js";
import { CLEAN_INTAKE_FACTS } from "./portal.js";

// The rule-table evaluators of PORTAL-STATISTICS (test/rule-tables/portal-statistics.yaml): an
// adapter from a table's row to the checked runs (src/api/operations/statistics-runs.ts), as a
// caller would call them. Rule-table tickets give the facts that matter to the statistics; the
// intake facts not given take the values of a clean ticket, as in the portal's own tables.

const Grouping = StatisticsOptionsSchema.shape;
const PortalRow = z.strictObject({
  tickets: z.array(z.record(z.string(), z.unknown())),
  asOf: z.string(),
  ...Grouping,
  options: z.optional(z.unknown()),
  calendar: z.optional(CalendarInputSchema),
});
const RecordsRow = z.strictObject({ records: z.unknown(), ...Grouping });

/** Rule-table evaluators of PORTAL-STATISTICS (kinds `portalStatistics`, `ticketStatistics`). */
export const STATISTICS_CASES: Readonly<Record<string, CaseEvaluator>> = frozen({
  portalStatistics: (input) => {
    const { tickets, asOf, options, calendar, ...grouping } = parseInput(PortalRow, input, "PORTAL-STATISTICS");
    return portalStatisticsRun(
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
    return ticketStatisticsRun(records as never, { options: grouping });
  },
});
