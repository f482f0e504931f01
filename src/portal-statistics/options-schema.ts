import * as z from "zod/mini";
import { frozen } from "../core/freeze.js";
import { FineDateBasisSchema } from "../sanctions/options.js";

// The options of the portal statistics as zod schemas (published at hfs-mco-rules/schemas): the
// boundary validates with them (src/api/settings/statistics.ts); the policy reads only their types.

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
    /**
     * Which date puts a fine in a quarter (open point 6), as for `sanctionNotices`: `issued` (default) or `overdue`.
     */
    fineDateBasis: z.optional(FineDateBasisSchema),
  }),
);
export type StatisticsOptions = z.input<typeof StatisticsOptionsSchema>;

/**
 * The options of `portalStatistics`: the grouping, and the portal's own options for evaluating each ticket (`portal`).
 */
export const PortalStatisticsOptionsSchema = frozen(
  z.strictObject({
    ...StatisticsOptionsSchema.shape,
    /** The open-point options of `evaluateTicket`, checked by it. */
    portal: z.optional(z.unknown()),
  }),
);

/**
 * Small-cell suppression of the statistics report (option `suppression`): every count from 1 to
 * `threshold − 1` is hidden, with the complements that keep it hidden. Default 11 (the CMS
 * cell-size suppression policy: no cell from 1 to 10); 1 hides nothing.
 */
export const SuppressionSchema = frozen(
  z.strictObject({ threshold: z.number().check(z.int(), z.gte(1), z.lte(1000)) }),
);

/** The options of `statisticsReport`: the fine date basis, the suppression, and the portal's own options (`portal`). */
export const StatisticsReportOptionsSchema = frozen(
  z.strictObject({
    fineDateBasis: z.optional(FineDateBasisSchema),
    suppression: z.optional(SuppressionSchema),
    /** The open-point options of `evaluateTicket`, checked by it. */
    portal: z.optional(z.unknown()),
  }),
);
export type StatisticsReportOptions = z.input<typeof StatisticsReportOptionsSchema>;
