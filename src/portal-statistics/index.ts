export type { PortalStatisticsAsOf } from "./portal-statistics.js";

export type {
  PortalStatistics,
  GroupStatistics,
  StatisticsGroupKey,
} from "./ticket-statistics.js";
export {
  median,
  type GroupCounts,
} from "./aggregate.js";
export { StatisticsTicketSchema, type StatisticsTicket } from "./record.js";
export {
  StatisticsOptionsSchema,
  PortalStatisticsOptionsSchema,
  StatisticsDimensionSchema,
  type StatisticsOptions,
  type PortalStatisticsOptions,
  type PortalStatisticsSettings,
  type TicketStatisticsSettings,
  type StatisticsDimension,
} from "./options.js";
export type { FineCounts } from "./fine-quarter.js";
