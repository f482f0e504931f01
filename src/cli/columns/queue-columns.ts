// The columns of `queue` in a table and in CSV. A row names its subject by `subject.label`, which
// never holds a member ID (docs/privacy.md); the JSON output carries the structured subject.
import { explanationText } from "../../calendar/explain.js";
import type { WorkQueueItem } from "../../queue/types.js";

type Cell = string | number | null;

/** The table's columns: what a person reads first. */
export const QUEUE_TABLE: readonly (readonly [string, (x: WorkQueueItem) => string])[] = [
  ["Due", (x) => x.dueDate],
  ["Days left", (x) => String(x.businessDaysLeft)],
  ["Status", (x) => x.status],
  ["At risk", (x) => `${x.atRisk} (${x.elapsedPercent}%)`],
  ["Party", (x) => x.party],
  ["Deadline", (x) => x.name],
  ["Subject", (x) => x.subject.label],
  ["Rule", (x) => x.ruleId],
];

/** The CSV columns: every field of an item, flat. */
export const QUEUE_CSV: readonly (readonly [string, (x: WorkQueueItem) => Cell])[] = [
  ["dueDate", (x) => x.dueDate],
  ["businessDaysLeft", (x) => x.businessDaysLeft],
  ["calendarDaysLeft", (x) => x.calendarDaysLeft],
  ["status", (x) => x.status],
  ["atRisk", (x) => x.atRisk],
  ["elapsedPercent", (x) => x.elapsedPercent],
  ["area", (x) => x.area],
  ["ruleId", (x) => x.ruleId],
  ["name", (x) => x.name],
  ["party", (x) => x.party],
  ["subject", (x) => x.subject.label],
  ["ticketNumber", (x) => x.subject.ticketNumber ?? null],
  ["mco", (x) => x.subject.mco ?? null],
  ["provider", (x) => x.subject.provider ?? null],
  ["period", (x) => x.subject.period ?? null],
  ["explanation", (x) => explanationText(x.explanation)],
];
