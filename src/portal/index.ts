export { PORTAL_RULES } from "./rules.js";
export { TicketEvaluationSchema } from "./evaluation-schema.js";
export {
  TicketSchema,
  TicketEventSchema,
  TicketMemberSchema,
  InternalDisputeSchema,
  ClosureReasonSchema,
  type Ticket,
  type TicketInput,
  type TicketEvent,
  type TicketEventType,
  type ClosureReason,
} from "./schemas.js";
export {
  PortalOptionsSchema,
  SubmissionWindowStartSchema,
  UnstatedRollSchema,
  ExtensionLimitFromSchema,
  McoClockStartSchema,
  HfsReviewClockFromSchema,
  MonthOnlyEffectiveDateSchema,
  PORTAL_OPTION_DEFAULTS,
  resolvePortalOptions,
  type PortalOptions,
  type ResolvedPortalOptions,
  type SubmissionWindowStart,
  type UnstatedRoll,
  type ExtensionLimitFrom,
  type McoClockStart,
  type HfsReviewClockFrom,
  type MonthOnlyEffectiveDate,
} from "./options.js";
export type { PortalDateOptions } from "./date-options.js";
export type { SubmissionWindow } from "./submission-window.js";

export { portalRuleVersion } from "./rule-in-force.js";

export type { FineNotice } from "./fine-notice.js";
export { TICKET_STATUSES, type TicketStatus } from "./status.js";
export type { Closure } from "./closure.js";
export type {
  TicketEvaluation,
  TicketPolicy,
  EvaluateTicketSettings,
  EvaluateTicketsSettings,
  InvalidTicket,
} from "./evaluate-ticket.js";
