import { defineRule } from "../rules/define.js";

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
    versions: [{ from: "2023-02-22", parameters: { individuals: 10, extraWeeks: 3 }, basis: BASIS }],
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
