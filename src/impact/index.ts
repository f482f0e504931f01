export type { DeadlineChange, DeadlineSide } from "./deadline-changes.js";
export type {
  DeadlineImpactSettings,
  TicketDeadlineChange,
} from "./deadline-impact.js";
export type {
  ProjectedDeadline,
  ProjectTicketSettings,
  TicketProjection,
} from "./project-ticket.js";
