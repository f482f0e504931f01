export type { PortalStatisticsAsOf } from "./portal-statistics.js";

export type {
  PortalStatistics,
  GroupStatistics,
  StatisticsGroupKey,
} from "./ticket-statistics.js";
export type { GroupCounts } from "./aggregate.js";
export type { StatisticsTicket } from "./record-schema.js";
export type {
  StatisticsOptions,
  PortalStatisticsOptions,
  PortalStatisticsSettings,
  TicketStatisticsSettings,
  StatisticsDimension,
  StatisticsReportOptions,
  StatisticsReportSettings,
} from "./options.js";
export type { FineCounts } from "./fine-quarter.js";
export type { StatisticsReport } from "./report.js";
export type { PublishedTable, TableUnit } from "./report-tables.js";
