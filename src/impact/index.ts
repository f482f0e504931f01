export type { DeadlineChange, DeadlineSide } from "./deadline-changes.js";
export { deadlineImpact, type DeadlineImpactSettings, type TicketDeadlineChange } from "./deadline-impact.js";
export {
  projectTicket,
  type ProjectedDeadline,
  type ProjectTicketSettings,
  type TicketProjection,
} from "./project-ticket.js";
