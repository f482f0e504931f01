export {
  type IsoDate,
  IsoDateSchema,
  isIsoDate,
  parseIsoDate,
  toDayNumber,
  fromDayNumber,
  weekday,
  daysBetween,
  daysInMonth,
  yearOf,
  WEEKDAY_NAMES,
} from "./iso-date.js";
export * from "./errors.js";
export * from "./types.js";
export type { Source, SourceKind, Citation } from "./source.js";
export * from "./deadline.js";
export { compareText } from "./compare.js";
export { formatCents } from "./money.js";
