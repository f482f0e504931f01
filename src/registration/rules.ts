import { defineRule } from "../rules/define.js";

// Seed 003 is a notice of "updates and reminders": registration existed before it, but the notice
// is the only source of these timeframes, so the rules are in force from its date (open point 9:
// the library does not guess an earlier start; a caller needing one adds a version here).
const BASIS = "Seed 003: HFS provider notice of 2023-02-22";

/** REGISTRATION-* rules: portal registration (RULES.md, "REGISTRATION"). */
export const REGISTRATION_RULES = [
  defineRule({
    id: "REGISTRATION-PROCESSING",
    title: "A complete registration is processed within a minimum of 2 business days",
    area: "registration",
    seeds: ["003"],
    quote: "Registration requests that are complete ... will be processed within a minimum of 2 business days",
    versions: [{ from: "2023-02-22", parameters: { businessDays: 2 }, basis: BASIS }],
  }),
  defineRule({
    id: "REGISTRATION-BULK",
    title: "Requests for 10 or more individuals use the multiple-registration template and may take up to 3 more weeks",
    area: "registration",
    seeds: ["003"],
    quote: "Registration requests for 10 or more individuals will result in extended processing timeframes \u2013 up to an additional 3 weeks",
    // individuals: the size from which the extended timeframe applies; extraWeeks: "up to an
    // additional 3 weeks"; templateFrom: "registering multiple providers or facilities, they must
    // use the multiple registration template" (multiple = 2 or more).
    versions: [{ from: "2023-02-22", parameters: { individuals: 10, extraWeeks: 3, templateFrom: 2 }, basis: BASIS }],
  }),
  defineRule({
    id: "REGISTRATION-INCOMPLETE",
    title: "An incomplete registration request is denied until completed",
    area: "registration",
    seeds: ["003"],
    quote: "Incomplete registration requests will be denied",
    versions: [{ from: "2023-02-22", basis: BASIS }],
  }),
];
