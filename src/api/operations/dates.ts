import {
  addBusinessDays,
  addCalendarDays,
  businessDaysBetween,
  isBusinessDay,
  nextBusinessDay,
  rollBackward,
  rollForward,
} from "./dates-runs.js";
import { value } from "../arguments.js";
import { declareOperation } from "../operation.js";
import { frozen } from "../../core/freeze.js";

// The date functions (docs/calendar.md): declared like every operation, but exported as written.
// Their arguments are dates, counts and a calendar, which each function checks itself in a few
// comparisons (a calendar by a brand that reads no property): the hot path of every due date
// (bench/: addBusinessDays against a prefix-sum floor) takes no generic reading step.

const DATE_AND_CALENDAR = frozen([value("date"), value("calendar", true)]);

export const ADD_BUSINESS_DAYS = /* @__PURE__ */ declareOperation({
  name: "addBusinessDays",
  area: "calendar",
  summary: "The business day `n` business days after (or, for a negative `n`, before) a date.",
  context: "CAL-BUSINESS-DAY",
  arguments: [/* @__PURE__ */ value("date"), /* @__PURE__ */ value("n"), /* @__PURE__ */ value("calendar", true)],
  settings: [],
  run: addBusinessDays,
});

export const ADD_CALENDAR_DAYS = /* @__PURE__ */ declareOperation({
  name: "addCalendarDays",
  area: "calendar",
  summary: "The date `n` calendar days after (or before) a date.",
  context: "CAL-BUSINESS-DAY",
  arguments: [/* @__PURE__ */ value("date"), /* @__PURE__ */ value("n")],
  settings: [],
  run: addCalendarDays,
});

export const BUSINESS_DAYS_BETWEEN = /* @__PURE__ */ declareOperation({
  name: "businessDaysBetween",
  area: "calendar",
  summary: "The business days after `from` up to and including `to`.",
  context: "CAL-BUSINESS-DAY",
  arguments: [/* @__PURE__ */ value("from"), /* @__PURE__ */ value("to"), /* @__PURE__ */ value("calendar", true)],
  settings: [],
  run: businessDaysBetween,
});

export const IS_BUSINESS_DAY = /* @__PURE__ */ declareOperation({
  name: "isBusinessDay",
  area: "calendar",
  summary: "Whether a date is a business day: not a weekend day, not a State Holiday.",
  context: "CAL-BUSINESS-DAY",
  arguments: DATE_AND_CALENDAR,
  settings: [],
  run: isBusinessDay,
});

export const ROLL_FORWARD = /* @__PURE__ */ declareOperation({
  name: "rollForward",
  area: "calendar",
  summary: "The date itself when it is a business day, else the next business day.",
  context: "CAL-ROLL-FORWARD",
  arguments: DATE_AND_CALENDAR,
  settings: [],
  run: rollForward,
});

export const ROLL_BACKWARD = /* @__PURE__ */ declareOperation({
  name: "rollBackward",
  area: "calendar",
  summary: "The date itself when it is a business day, else the preceding business day.",
  context: "CAL-ROLL-FORWARD",
  arguments: DATE_AND_CALENDAR,
  settings: [],
  run: rollBackward,
});

export const NEXT_BUSINESS_DAY = /* @__PURE__ */ declareOperation({
  name: "nextBusinessDay",
  area: "calendar",
  summary: "The first business day after a date.",
  context: "CAL-BUSINESS-DAY",
  arguments: DATE_AND_CALENDAR,
  settings: [],
  run: nextBusinessDay,
});
