import { type AsOfSettings, readAsOfSettings } from "../calendar/settings.js";
import { parseInput } from "../core/errors.js";
import { type ContactPeriod, timelineOf } from "./contact-timeline.js";
import { type WebcmMemberHistoryInput, WebcmMemberHistorySchema } from "./schemas.js";

/**
 * The contact active for a member on `settings.asOf` (at the end of that day), or null when none was
 * entered yet: the latest file transfer or manual Alternate Contact entered on or before `asOf`.
 * A file transfer replaces whatever was active; a manual entry stays active until the next file
 * transfer or manual entry, whichever comes first (WEBCM-MANUAL-PERSISTS). An entry made after
 * `asOf` never counts. The result says whether the contact is complete (WEBCM-CONTACT-FIELDS).
 *
 * @example
 * activeContact({ member: "M1", mco: "Meridian", events: [
 *   { type: "file transfer", date: "2024-03-01", contact: { name: "Ann Lee", email: "ann@mco.com", telephone: "312-555-0142" } },
 *   { type: "manual alternate contact", date: "2024-03-04", contact: { name: "Bo Chan", email: "bo@mco.com", telephone: "312-555-0199" } },
 * ] }, { asOf: "2024-03-05" })?.contact.name // "Bo Chan"
 */
export function activeContact(history: WebcmMemberHistoryInput, settings: AsOfSettings): ContactPeriod | null {
  const parsed = parseInput(WebcmMemberHistorySchema, history, "WEBCM-MANUAL-PERSISTS");
  const periods = timelineOf(parsed, readAsOfSettings(settings, "activeContact").asOf);
  return periods[periods.length - 1] ?? null;
}
