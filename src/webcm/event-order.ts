import { listArgument } from "../core/arguments.js";
import { compareText } from "../core/compare.js";
import { parseInput } from "../core/errors.js";
import { isIsoDate } from "../core/iso-date.js";
import { type WebcmEvent, WebcmEventSchema } from "./schemas.js";

// Same-day rule (same input, same output: principle 1): the order of a member's events must not depend on the
// order of the input. Triggers come before contacts of the same date and sequence; among contacts
// a file transfer comes before a manual entry, so that a manual Alternate Contact entered on the
// day of a file transfer stays active (WEBCM-MANUAL-PERSISTS) unless `sequence` says otherwise.
const CHANNEL_RANK: Record<WebcmEvent["type"], number> = {
  "waiver assignment notified": 0,
  "care coordinator changed": 1,
  "file transfer": 2,
  "manual alternate contact": 3,
};

/** The content of an event as one string, independent of the key order of its object. */
function contentKey(event: WebcmEvent): string {
  if (event.type === "care coordinator changed") return event.newCoordinator;
  if (event.type === "waiver assignment notified") return "";
  return JSON.stringify([event.contact.name ?? null, event.contact.email ?? null, event.contact.telephone ?? null]);
}

/**
 * Total order of WebCM events: date, then `sequence` (default 0), then type (notification,
 * change, file transfer, manual entry), then `id`, then the event's content. Sorting with it
 * gives the same list whatever the input order.
 *
 * @example
 * [...events].sort(compareWebcmEvents)
 */
export function compareWebcmEvents(a: WebcmEvent, b: WebcmEvent): number {
  return compareEvents(checkedEvent(a, "compareWebcmEvents: a"), checkedEvent(b, "compareWebcmEvents: b"));
}

const isOptionalText = (v: unknown): boolean => v === undefined || v === null || typeof v === "string";

/** True when `e` has what the order reads, of the right types: a few comparisons for a parsed event. */
function readable(e: unknown): e is WebcmEvent {
  if (typeof e !== "object" || e === null) return false;
  const v = e as Record<string, unknown>;
  if (
    !isIsoDate(v.date) ||
    !Object.hasOwn(CHANNEL_RANK, v.type as string) ||
    !(v.id === undefined || typeof v.id === "string")
  )
    return false;
  if (!(v.sequence === undefined || (typeof v.sequence === "number" && Number.isSafeInteger(v.sequence)))) return false;
  if (v.type === "care coordinator changed") return typeof v.newCoordinator === "string";
  if (v.type === "waiver assignment notified") return true;
  const c = v.contact as Record<string, unknown> | null | undefined;
  return (
    typeof c === "object" &&
    c !== null &&
    isOptionalText(c.name) &&
    isOptionalText(c.email) &&
    isOptionalText(c.telephone)
  );
}

/** `e` when it is readable, else `e` parsed by WebcmEventSchema (a RuleInputError naming the field). */
function checkedEvent(e: WebcmEvent, context: string): WebcmEvent {
  return readable(e) ? e : parseInput(WebcmEventSchema, e, context);
}

/** @internal {@link compareWebcmEvents} of parsed events. */
export function compareEvents(a: WebcmEvent, b: WebcmEvent): number {
  return (
    compareText(a.date, b.date) ||
    (a.sequence ?? 0) - (b.sequence ?? 0) ||
    CHANNEL_RANK[a.type] - CHANNEL_RANK[b.type] ||
    compareText(a.id ?? "", b.id ?? "") ||
    compareText(contentKey(a), contentKey(b))
  );
}

/**
 * The events in canonical order (a new array; the input is not changed).
 *
 * @example
 * sortWebcmEvents([manualEntryOn0313, fileTransferOn0313]) // [fileTransferOn0313, manualEntryOn0313]
 */
export function sortWebcmEvents<E extends WebcmEvent>(events: readonly E[]): E[] {
  const list = listArgument(events, "sortWebcmEvents", "events");
  const keyed = list.map((e, i) => ({ e, key: checkedEvent(e, `sortWebcmEvents: events[${i}]`) }));
  return keyed.sort((x, y) => compareEvents(x.key, y.key)).map(({ e }) => e);
}

/** @internal {@link sortWebcmEvents} of the events of a parsed history. */
export function sortEvents<E extends WebcmEvent>(events: readonly E[]): E[] {
  return [...events].sort(compareEvents);
}
