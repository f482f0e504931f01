export {
  ticketTimeline,
  type TicketTimeline,
  type TicketTimelineSettings,
  type TimelineDeadline,
  type TimelineEvent,
} from "./ticket-timeline.js";
export { ticketTimelineSvg } from "./timeline-svg.js";
export { timelinePage, type TimelinePageSettings } from "./timeline-page.js";
export { TIMELINE_STATUSES, type TimelineStatus } from "./status-look.js";
