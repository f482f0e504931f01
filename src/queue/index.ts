export type { ResolvedWorkQueueOptions, WorkQueueOptions } from "./options.js";
export type { AtRiskLevel, QueueArea, QueueSubject, WorkQueue, WorkQueueItem } from "./types.js";
export { AT_RISK_LEVELS, QUEUE_AREAS, QUEUE_STATUSES, type QueueStatus } from "./types.js";
