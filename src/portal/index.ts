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
export { submissionWindow, type SubmissionWindow } from "./submission-window.js";
export { presentToMcoDueDate } from "./present-to-mco-due-date.js";
export { infoRequestDueDate } from "./info-request-due-date.js";
export { infoResponseDueDate } from "./info-response-due-date.js";
export { proposalDueDate } from "./proposal-due-date.js";
export { extendedProposalDueDate } from "./extended-proposal-due-date.js";
export { extensionRequestLimit } from "./extension-request-limit.js";
export { contestDueDate } from "./contest-due-date.js";
export { hfsReviewRequestDueDate } from "./hfs-review-request-due-date.js";
export { evidenceDueDate } from "./evidence-due-date.js";
export { portalRuleVersion } from "./rule-in-force.js";
export { proposalFindings } from "./proposal-content.js";
export { fineNotice, type FineNotice } from "./fine-notice.js";
export { TICKET_STATUSES, type TicketStatus } from "./status.js";
export type { Closure } from "./closure.js";
export {
  evaluateTicket,
  evaluateParsedTicket,
  evaluateTickets,
  type TicketEvaluation,
  type TicketPolicy,
  type EvaluateTicketSettings,
  type EvaluateTicketsSettings,
  type InvalidTicket,
} from "./evaluate-ticket.js";
