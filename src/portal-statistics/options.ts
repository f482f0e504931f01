import type { AsOfSettings, Settings } from "../calendar/settings.js";
import type { OnError } from "../core/batch.js";
import type { EvaluateTicketSettings } from "../portal/evaluate-ticket.js";
import type { FineDateBasis } from "../sanctions/options.js";
import type { StatisticsDimension, StatisticsOptions, StatisticsReportOptions } from "./options-schema.js";

// The statistics' settings as the callers give them and as the policy reads them: checked, with
// their defaults filled in, at the boundary (src/api/settings/statistics.ts).

export {
  PortalStatisticsOptionsSchema,
  type StatisticsDimension,
  StatisticsDimensionSchema,
  type StatisticsOptions,
  StatisticsOptionsSchema,
  type StatisticsReportOptions,
  StatisticsReportOptionsSchema,
  SuppressionSchema,
} from "./options-schema.js";

/**
 * The options of `portalStatistics`: the grouping, and the portal's own options for evaluating
 * each ticket (`portal`).
 */
export type PortalStatisticsOptions = StatisticsOptions & { readonly portal?: EvaluateTicketSettings["options"] };

/** The settings of `ticketStatistics`: `{ options }`. */
export type TicketStatisticsSettings = Settings<StatisticsOptions>;
/** The settings of `portalStatistics`: `asOf` (required), the calendar, the options, and `onError`. */
export type PortalStatisticsSettings = AsOfSettings<PortalStatisticsOptions> & { readonly onError?: OnError };

/** The grouping options with their defaults filled in. */
export interface ResolvedStatisticsOptions {
  readonly groupBy: readonly StatisticsDimension[];
  readonly byQuarter: boolean;
  readonly fineDateBasis: FineDateBasis;
}

/** The settings of `statisticsReport`: `asOf` (required), the calendar, the options, and `onError`. */
export type StatisticsReportSettings = AsOfSettings<
  Omit<StatisticsReportOptions, "portal"> & { readonly portal?: EvaluateTicketSettings["options"] }
> & { readonly onError?: OnError };
