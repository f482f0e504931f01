export { ticketStatistics, calendarQuarterOf, type PortalStatistics, type GroupStatistics, type StatisticsGroupKey } from "./ticket-statistics.js";
export { countTickets, median, type GroupCounts } from "./aggregate.js";
export { StatisticsTicketSchema, type StatisticsTicket } from "./record.js";
export {
  StatisticsOptionsSchema,
  StatisticsDimensionSchema,
  QuarterBasisSchema,
  type StatisticsOptions,
  type StatisticsDimension,
  type QuarterBasis,
} from "./options.js";
