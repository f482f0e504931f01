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
