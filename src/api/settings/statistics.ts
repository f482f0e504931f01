import type * as z from "zod/mini";
import { readAreaSettings, wrapOptions } from "../area-settings.js";
import type { ResolvedStatisticsOptions } from "../../portal-statistics/options.js";
import { StatisticsOptionsSchema } from "../../portal-statistics/options-schema.js";

// The settings of the statistics, read and checked once at the boundary (principle 3): the
// policy in src/portal-statistics takes the grouping resolved (ResolvedStatisticsOptions).

const WRAPPED = wrapOptions(StatisticsOptionsSchema);

/**
 * Checks the settings of `ticketStatistics` and fills in the defaults (group by MCO, program and
 * provider type; no quarters; fines by issue date).
 *
 * @example readStatisticsSettings({ options: { byQuarter: true } }, "ticketStatistics").groupBy
 * // ["mco", "program", "providerType"]
 */
export function readStatisticsSettings(settings: unknown, fn: string): ResolvedStatisticsOptions {
  return resolvedStatisticsOptions(
    readAreaSettings(settings, {
      fn,
      ruleId: "PORTAL-STATISTICS",
      schema: StatisticsOptionsSchema,
      wrapped: WRAPPED,
    }).options,
  );
}

/**
 * Checked grouping options with their defaults.
 *
 * @example resolvedStatisticsOptions({ byQuarter: true }).fineDateBasis // "issued"
 */
export function resolvedStatisticsOptions(parsed: z.output<typeof StatisticsOptionsSchema>): ResolvedStatisticsOptions {
  return {
    groupBy: parsed.groupBy ?? ["mco", "program", "providerType"],
    byQuarter: parsed.byQuarter ?? false,
    fineDateBasis: parsed.fineDateBasis ?? "issued",
  };
}
