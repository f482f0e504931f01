import type { IsoDate } from "../core/iso-date.js";
import { type ContactPeriod, timelineOf } from "./contact-timeline.js";
import type { WebcmMemberHistory } from "./schemas.js";

/**
 * The contact active for a member on `asOf` (at the end of that day), or null when none was
 * entered yet: the latest file transfer or manual Alternate Contact entered on or before `asOf`.
 * A file transfer replaces whatever was active; a manual entry stays active until the next file
 * transfer or manual entry, whichever comes first (WEBCM-MANUAL-PERSISTS). An entry made after
 * `asOf` never counts. The result says whether the contact is complete (WEBCM-CONTACT-FIELDS).
 * Policy: a parsed history in; the boundary (src/api/operations/webcm.ts) checks the arguments.
 *
 * @example activeContactOf(parsedHistory, "2024-03-05")?.contact.name // "Bo Chan"
 */
export function activeContactOf(history: WebcmMemberHistory, asOf: IsoDate): ContactPeriod | null {
  const periods = timelineOf(history, asOf);
  return periods[periods.length - 1] ?? null;
}
