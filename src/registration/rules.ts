import { businessDays, count, defineRule, weeks } from "../rules/define.js";
import { frozen } from "../core/freeze.js";

// The HFS Provider Notice of 2023-02-22 is a notice of "updates and reminders": registration
// existed before it, but the notice is the only source of these timeframes, so the rules are in
// force from its date (open point 9: the library does not guess an earlier start; a caller
// needing one adds a version here).
const BASIS = frozen({
  basis: "HFS Provider Notice of 2023-02-22, the only source of these timeframes (open point 9)",
  sources: ["hfs-notice-2023-02-22"],
});

/** REGISTRATION-* rules: portal registration (docs/rules.md, "registration"). */
export const REGISTRATION_RULES = frozen([
  defineRule({
    id: "REGISTRATION-PROCESSING",
    title: "A complete registration is processed within a minimum of 2 business days",
    area: "registration",
    cite: [
      {
        source: "hfs-notice-2023-02-22",
        section: "bullet on registration",
        quote:
          "Registration requests that are complete (all required fields completed, including providing the Medicaid " +
          "ID) will be processed within a minimum of 2 business days",
      },
    ],
    openPoints: [7, 9, 10],
    versions: [{ from: "2023-02-22", parameters: { businessDays: businessDays(2) }, ...BASIS }],
  }),
  defineRule({
    id: "REGISTRATION-BULK",
    title: "Requests for 10 or more individuals use the multiple-registration template and may take up to 3 more weeks",
    area: "registration",
    cite: [
      {
        source: "hfs-notice-2023-02-22",
        section: "bullet on registration",
        quote:
          "If a provider or representative is registering multiple providers or facilities, they must use the " +
          "multiple registration template provided on the portal homepage",
      },
      {
        source: "hfs-notice-2023-02-22",
        section: "bullet on registration",
        quote:
          "Registration requests for 10 or more individuals will result in extended processing timeframes \u2013 up " +
          "to an additional 3 weeks",
      },
    ],
    openPoints: [7, 9],
    // individuals: the size from which the extended timeframe applies; extraWeeks: "up to an
    // additional 3 weeks"; templateFrom: "registering multiple providers or facilities, they must
    // use the multiple registration template" (multiple = 2 or more).
    versions: [
      {
        from: "2023-02-22",
        parameters: { individuals: count(10), extraWeeks: weeks(3), templateFrom: count(2) },
        ...BASIS,
      },
    ],
  }),
  defineRule({
    id: "REGISTRATION-INCOMPLETE",
    title: "An incomplete registration request is denied until completed",
    area: "registration",
    cite: [
      {
        source: "hfs-notice-2023-02-22",
        section: "bullet on registration",
        quote:
          "Incomplete registration requests will be denied, and the provider will not be able to enter a ticket " +
          "until the missing or incomplete information has been provided",
      },
    ],
    openPoints: [9],
    versions: [{ from: "2023-02-22", ...BASIS }],
  }),
]);
