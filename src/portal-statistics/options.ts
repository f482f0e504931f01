import { z } from "zod";
import { parseInput } from "../core/errors.js";

/** The dimensions complaints are counted by (PORTAL-STATISTICS: "by MCO, program and provider type"). */
export const StatisticsDimensionSchema = z.enum(["mco", "program", "providerType"]);
export type StatisticsDimension = z.infer<typeof StatisticsDimensionSchema>;

/**
 * Which date puts a ticket in a calendar quarter when `byQuarter` is asked:
 * - `portal-received` (default): the day the complaint was received via the portal (the portal
 *   counts complaints it receives);
 * - `mco-received`: the day the MCO received the complaint (its tracking number's date).
 */
export const QuarterBasisSchema = z.enum(["portal-received", "mco-received"]);
export type QuarterBasis = z.infer<typeof QuarterBasisSchema>;

/** Options of the statistics: grouping dimensions (any combination, in order), quarters. */
export const StatisticsOptionsSchema = z
  .object({
    groupBy: z
      .array(StatisticsDimensionSchema)
      .refine((dims) => new Set(dims).size === dims.length, { error: "each dimension at most once" })
      .optional(),
    byQuarter: z.boolean().optional(),
    quarterBasis: QuarterBasisSchema.optional(),
  })
  .strict();
export type StatisticsOptions = z.input<typeof StatisticsOptionsSchema>;

export interface ResolvedStatisticsOptions {
  readonly groupBy: readonly StatisticsDimension[];
  readonly byQuarter: boolean;
  readonly quarterBasis: QuarterBasis;
}

/** Validates the options and fills in the defaults (group by MCO, program and provider type; no quarters). */
export function resolveStatisticsOptions(options: StatisticsOptions = {}): ResolvedStatisticsOptions {
  const parsed = parseInput(StatisticsOptionsSchema, options, "PORTAL-STATISTICS");
  return {
    groupBy: parsed.groupBy ?? ["mco", "program", "providerType"],
    byQuarter: parsed.byQuarter ?? false,
    quarterBasis: parsed.quarterBasis ?? "portal-received",
  };
}
