export type {
  TicketTimeline,
  TicketTimelineSettings,
  TimelineDeadline,
  TimelineEvent,
} from "./ticket-timeline.js";

export type { TimelinePageSettings } from "./timeline-page.js";
export { TIMELINE_STATUSES, type TimelineStatus } from "./status-look.js";
