import * as z from "zod/mini";
import { readAreaSettings } from "../calendar/area-settings.js";
import type { AsOfSettings, Settings } from "../calendar/settings.js";
import type { OnError } from "../core/batch.js";
import type { EvaluateTicketSettings } from "../portal/evaluate-ticket.js";
import { type FineDateBasis, FineDateBasisSchema } from "../sanctions/options.js";
import { frozen } from "../core/freeze.js";

/** The dimensions complaints are counted by (PORTAL-STATISTICS: "by MCO, program and provider type"). */
export const StatisticsDimensionSchema = frozen(z.enum(["mco", "program", "providerType"]));
export type StatisticsDimension = z.infer<typeof StatisticsDimensionSchema>;

/** Options of the statistics: grouping dimensions (any combination, in order), quarters. */
export const StatisticsOptionsSchema = frozen(
  z.strictObject({
    groupBy: z.optional(
      z
        .array(StatisticsDimensionSchema)
        .check(z.refine((dims) => new Set(dims).size === dims.length, { error: "each dimension at most once" })),
    ),
    /**
     * Also split by quarter: a ticket counts in the calendar quarter of its portal submission,
     * its fines in the quarter of their fine date, as on the sanction notices (`fineQuarter`).
     */
    byQuarter: z.optional(z.boolean()),
    /** Which date puts a fine in a quarter (open point 6), as for `sanctionNotices`: `issued` (default) or `overdue`. */
    fineDateBasis: z.optional(FineDateBasisSchema),
  }),
);
export type StatisticsOptions = z.input<typeof StatisticsOptionsSchema>;

/** The options of `portalStatistics`: the grouping, and the portal's own options for evaluating each ticket (`portal`). */
export const PortalStatisticsOptionsSchema = frozen(
  z.strictObject({
    ...StatisticsOptionsSchema.shape,
    /** The open-point options of `evaluateTicket`, checked by it. */
    portal: z.optional(z.unknown()),
  }),
);
export type PortalStatisticsOptions = StatisticsOptions & { readonly portal?: EvaluateTicketSettings["options"] };

/** The settings of `ticketStatistics`: `{ options }`. */
export type TicketStatisticsSettings = Settings<StatisticsOptions>;
/** The settings of `portalStatistics`: `asOf` (required), the calendar, the options, and `onError`. */
export type PortalStatisticsSettings = AsOfSettings<PortalStatisticsOptions> & { readonly onError?: OnError };

export interface ResolvedStatisticsOptions {
  readonly groupBy: readonly StatisticsDimension[];
  readonly byQuarter: boolean;
  readonly fineDateBasis: FineDateBasis;
}

/**
 * Checks the settings of `ticketStatistics` and fills in the defaults (group by MCO, program and
 * provider type; no quarters; fines by issue date).
 *
 * @example readStatisticsSettings({ options: { byQuarter: true } }, "ticketStatistics").groupBy // ["mco", "program", "providerType"]
 */
export function readStatisticsSettings(settings: unknown, fn: string): ResolvedStatisticsOptions {
  return resolved(
    readAreaSettings(settings, { fn, ruleId: "PORTAL-STATISTICS", schema: StatisticsOptionsSchema }).options,
  );
}

/** Checked grouping options with their defaults. */
export function resolved(parsed: z.output<typeof StatisticsOptionsSchema>): ResolvedStatisticsOptions {
  return {
    groupBy: parsed.groupBy ?? ["mco", "program", "providerType"],
    byQuarter: parsed.byQuarter ?? false,
    fineDateBasis: parsed.fineDateBasis ?? "issued",
  };
}
