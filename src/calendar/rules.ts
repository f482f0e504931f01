import { defineRule } from "../rules/define.js";

/** CAL-* rules: the shared day-counting conventions (RULES.md, "CALENDAR"). */
export const CALENDAR_RULES = [
  defineRule({
    id: "CAL-BUSINESS-DAY",
    title: "A business day is Monday to Friday and not a State Holiday",
    area: "calendar",
    seeds: ["001", "003"],
    quote: "falls on a weekend (Saturday or Sunday) or State Holiday as defined under Contract",
    versions: [{ from: "2017-01-01", parameters: { weekend: "Saturday,Sunday" }, basis: "Seeds 001 and 003; the calendar is validated from 2017" }],
  }),
  defineRule({
    id: "CAL-ROLL-FORWARD",
    title: "A due date on a weekend or State Holiday moves to the next business day",
    area: "calendar",
    seeds: ["001"],
    quote: "the Portal system will adjust the proposal due date to the next business day",
    versions: [{ from: "2017-01-01", basis: "Seed 001; policy history Nov 2020 clarifies dates that fall on weekends or State Holidays" }],
  }),
  defineRule({
    id: "CAL-STATE-HOLIDAYS",
    title: "State Holidays are a versioned calendar: Illinois state-office holidays by default, replaceable by a contract's list",
    area: "calendar",
    seeds: ["001"],
    quote: "State Holiday as defined under Contract",
    versions: [{ from: "2017-01-01", parameters: { calendarVersion: "2026.1" }, basis: "CMS State Holidays lists 2017-2027; see docs/calendar.md" }],
  }),
];
