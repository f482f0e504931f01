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
export type { Change, ChangeFact, ChangeKind, FactSide } from "./changes.js";
export type { FactKind } from "./result-facts.js";
export type { ImpactArea, OpenPoint } from "./open-points.js";
export type {
  AlternativeImpact,
  CaseComparison,
  CaseError,
  CompareSettings,
  Comparison,
  InterpretationsReport,
  InterpretationsSettings,
  UntouchedPoint,
  WhatIfInputs,
  WhatIfSide,
} from "./what-if-types.js";
