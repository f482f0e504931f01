import { dateArgument } from "../core/arguments.js";
import { parseInput } from "../core/errors.js";
import { type ContactPeriod, timelineOf } from "./contact-timeline.js";
import { type WebcmMemberHistoryInput, WebcmMemberHistorySchema } from "./schemas.js";

/**
 * The contact active for a member on `date` (at the end of that day), or null when none was
 * entered yet: the latest file transfer or manual Alternate Contact entered on or before `date`.
 * A file transfer replaces whatever was active; a manual entry stays active until the next file
 * transfer or manual entry, whichever comes first (WEBCM-MANUAL-PERSISTS). An entry made after
 * `date` never counts. The result says whether the contact is complete (WEBCM-CONTACT-FIELDS).
 *
 * @example
 * activeContact({ member: "M1", mco: "Meridian", events: [
 *   { type: "file transfer", date: "2024-03-01", contact: { name: "Ann Lee", email: "ann@mco.com", telephone: "312-555-0142" } },
 *   { type: "manual alternate contact", date: "2024-03-04", contact: { name: "Bo Chan", email: "bo@mco.com", telephone: "312-555-0199" } },
 * ] }, "2024-03-05")?.contact.name // "Bo Chan"
 */
export function activeContact(history: WebcmMemberHistoryInput, date: string): ContactPeriod | null {
  const parsed = parseInput(WebcmMemberHistorySchema, history, "WEBCM-MANUAL-PERSISTS");
  const periods = timelineOf(parsed, dateArgument(date, "activeContact", "date"));
  return periods[periods.length - 1] ?? null;
}
