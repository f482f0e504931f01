import { z } from "zod";
import { settingsArgument } from "../core/arguments.js";
import { parseInput } from "../core/errors.js";
import { type FineDateBasis, FineDateBasisSchema } from "../sanctions/options.js";

/** The dimensions complaints are counted by (PORTAL-STATISTICS: "by MCO, program and provider type"). */
export const StatisticsDimensionSchema = z.enum(["mco", "program", "providerType"]);
export type StatisticsDimension = z.infer<typeof StatisticsDimensionSchema>;

/** Options of the statistics: grouping dimensions (any combination, in order), quarters. */
export const StatisticsOptionsSchema = z
  .object({
    groupBy: z
      .array(StatisticsDimensionSchema)
      .refine((dims) => new Set(dims).size === dims.length, { error: "each dimension at most once" })
      .optional(),
    /**
     * Also split by quarter: a ticket counts in the calendar quarter of its portal submission,
     * its fines in the quarter of their fine date, as on the sanction notices (`fineQuarter`).
     */
    byQuarter: z.boolean().optional(),
    /** Which date puts a fine in a quarter (open point 6), as for `sanctionNotices`: `issued` (default) or `overdue`. */
    fineDateBasis: FineDateBasisSchema.optional(),
  })
  .strict();
export type StatisticsOptions = z.input<typeof StatisticsOptionsSchema>;

export interface ResolvedStatisticsOptions {
  readonly groupBy: readonly StatisticsDimension[];
  readonly byQuarter: boolean;
  readonly fineDateBasis: FineDateBasis;
}

/** Validates the options and fills in the defaults (group by MCO, program and provider type; no quarters; fines by issue date). */
export function resolveStatisticsOptions(options: StatisticsOptions = {}): ResolvedStatisticsOptions {
  const parsed = parseInput(StatisticsOptionsSchema, settingsArgument(options, "PORTAL-STATISTICS", "options"), "PORTAL-STATISTICS");
  return {
    groupBy: parsed.groupBy ?? ["mco", "program", "providerType"],
    byQuarter: parsed.byQuarter ?? false,
    fineDateBasis: parsed.fineDateBasis ?? "issued",
  };
}
