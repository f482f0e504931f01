export { portalStatistics, type PortalStatisticsAsOf } from "./portal-statistics.js";
export { statisticsRecord } from "./from-evaluation.js";
export {
  ticketStatistics,
  type PortalStatistics,
  type GroupStatistics,
  type StatisticsGroupKey,
} from "./ticket-statistics.js";
export type { GroupCounts } from "./aggregate.js";
export type { StatisticsTicket } from "./record.js";
export type {
  StatisticsOptions,
  PortalStatisticsOptions,
  PortalStatisticsSettings,
  TicketStatisticsSettings,
  StatisticsDimension,
} from "./options.js";
export { fineQuarter, type FineCounts } from "./fine-quarter.js";
