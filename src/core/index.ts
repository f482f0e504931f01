export {
  type IsoDate,
  IsoDateSchema,
  isIsoDate,
  parseIsoDate,
  FIRST_SUPPORTED_DATE,
  LAST_SUPPORTED_DATE,
  WEEKDAY_NAMES,
} from "./iso-date.js";
export { toDayNumber, fromDayNumber, weekday, daysBetween, daysInMonth, yearOf } from "./checked-dates.js";
export * from "./errors.js";
export { describeValue, cutText } from "./describe-value.js";
export * from "./types.js";
export type { Source, SourceKind, Citation } from "./source.js";
export * from "./deadline.js";
export {
  OnErrorSchema,
  type OnError,
  type InvalidInput,
  type InvalidItem,
  type InputErrorReport,
  isInvalidInput,
} from "./batch.js";
export { deepFreeze } from "./freeze.js";
export { compareText } from "./compare.js";
export { formatCents, sumCents, MAX_EXACT_CENTS } from "./money.js";
export {
  DeadlineSchema,
  ExplanationSchema,
  ExplanationStepSchema,
  FindingSchema,
  PartySchema,
} from "./result-schemas.js";
