// The portal's public operations and types; its schemas are at hfs-mco-rules/schemas
// (src/schemas.ts), its option defaults and resolver private.
export type { Ticket, TicketInput, TicketEvent, TicketEventType, ClosureReason } from "./schemas.js";
export type {
  PortalOptions,
  ResolvedPortalOptions,
  SubmissionWindowStart,
  UnstatedRoll,
  ExtensionLimitFrom,
  McoClockStart,
  HfsReviewClockFrom,
  MonthOnlyEffectiveDate,
} from "./options.js";
export type { PortalDateOptions } from "./date-options.js";
export type { SubmissionWindow } from "./submission-window.js";

export type { FineNotice } from "./fine-notice.js";
export { TICKET_STATUSES, type TicketStatus } from "./status.js";
export type { Closure } from "./closure.js";
export type {
  TicketEvaluation,
  TicketPolicy,
  EvaluateTicketSettings,
  EvaluateTicketsSettings,
  InvalidTicket,
  TicketBatchSettings,
  TicketEvaluator,
} from "./evaluate-ticket.js";
