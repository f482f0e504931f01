export { portalStatistics, type PortalStatisticsAsOf } from "./portal-statistics.js";
export { statisticsRecord } from "./from-evaluation.js";
export {
  ticketStatistics,
  type PortalStatistics,
  type GroupStatistics,
  type StatisticsGroupKey,
} from "./ticket-statistics.js";
export { countTickets, median, type GroupCounts } from "./aggregate.js";
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
export { fineCounts, fineQuarter, type FineCounts } from "./fine-quarter.js";
