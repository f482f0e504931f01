// The vocabulary of the package root: the date type and its check, the input
// error, the batch answer of an invalid item, money as text, and the shared types. Helpers the
// areas share (day numbers, settings readers, deepFreeze, describeValue, …) stay private: import
// them from their modules inside src/, never through this barrel.
export { type IsoDate, isIsoDate } from "./iso-date.js";
export { parseIsoDate } from "./parse-iso-date.js";
export { RuleInputError, type InputIssue, type InputIssueInit } from "./errors.js";
export type { InputIssueCode, IssuePath } from "./issue-codes.js";
export * from "./types.js";
export type { Source, SourceKind, Citation } from "./source.js";
export { type OnError, type InvalidInput, type InvalidItem, type InputErrorReport, isInvalidInput } from "./batch.js";
export { formatCents } from "./money.js";
