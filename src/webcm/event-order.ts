import { compareText } from "../core/compare.js";
import { frozen } from "../core/freeze.js";
import type { WebcmEvent } from "./schemas.js";

// Same-day rule (same input, same output: principle 1): the order of a member's events must not depend on the
// order of the input. Triggers come before contacts of the same date and sequence; among contacts
// a file transfer comes before a manual entry, so that a manual Alternate Contact entered on the
// day of a file transfer stays active (WEBCM-MANUAL-PERSISTS) unless `sequence` says otherwise.
/** @internal The rank of each type of event among events of the same date and sequence. */
export const CHANNEL_RANK: Readonly<Record<WebcmEvent["type"], number>> = frozen({
  "waiver assignment notified": 0,
  "care coordinator changed": 1,
  "file transfer": 2,
  "manual alternate contact": 3,
});

/** The content of an event as one string, independent of the key order of its object. */
function contentKey(event: WebcmEvent): string {
  if (event.type === "care coordinator changed") return event.newCoordinator;
  if (event.type === "waiver assignment notified") return "";
  return JSON.stringify([event.contact.name ?? null, event.contact.email ?? null, event.contact.telephone ?? null]);
}

/**
 * @internal The total order of parsed WebCM events: date, then `sequence` (default 0), then type
 * (notification, change, file transfer, manual entry), then `id`, then the event's content.
 * The checked `compareWebcmEvents` (src/api/operations/webcm-runs.ts) applies it to a caller's events.
 */
export function compareEvents(a: WebcmEvent, b: WebcmEvent): number {
  return (
    compareText(a.date, b.date) ||
    (a.sequence ?? 0) - (b.sequence ?? 0) ||
    CHANNEL_RANK[a.type] - CHANNEL_RANK[b.type] ||
    compareText(a.id ?? "", b.id ?? "") ||
    compareText(contentKey(a), contentKey(b))
  );
}

/** @internal The events of a parsed history in canonical order (a new array; `compareEvents`). */
export function sortEvents<E extends WebcmEvent>(events: readonly E[]): E[] {
  return [...events].sort(compareEvents);
}
