export { workQueue } from "./work-queue.js";
export type { ResolvedWorkQueueOptions, WorkQueueOptions } from "./options.js";
export type { AtRiskLevel, QueueArea, QueueSubject, WorkQueue, WorkQueueItem } from "./types.js";
