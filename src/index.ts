/**
 * hfs-mco-rules: the Illinois Medicaid managed-care compliance rules as pure functions of
 * dates and events. The root exports the operations and the vocabulary only (api/exports.json
 * lists them; test/api-report checks it); the zod schemas are at `hfs-mco-rules/schemas`, the
 * rule-table runner at `hfs-mco-rules/rule-tables`. Nothing here loads the CLI's dependencies.
 */
export * from "./core/index.js";
export * from "./calendar/index.js";
export { RULES, getRule, parameterOf, ruleDocuments, ruleVersionAt } from "./rules/registry.js";
export type { AnyRule, ParametersOf } from "./rules/rule-id.js";
export { SOURCES, getSource } from "./rules/sources.js";
export { FINDING_CODES } from "./rules/finding-codes.js";
export type { Finding, FindingCode } from "./findings/catalogue.js";
export * from "./portal/index.js";
export * from "./sanctions/index.js";
export * from "./registration/index.js";
export * from "./webcm/index.js";
// The checked helper of the WebCM same-day order (not an operation: it takes values as given).
export * from "./spenddown/index.js";
// Checked at the boundary, and not entries: their results are not frozen, as in 0.2.
export * from "./portal-statistics/index.js";
export * from "./impact/index.js";
export * from "./timeline/index.js";
export * from "./queue/index.js";
// The operations, through the boundary (src/api): each reads its input once into plain data
// (own data properties only), runs the area's policy and freezes its result.
export * from "./api/entries.js";
export type {
  CreateCalendarSettings,
  CalendarFromDatesSettings,
  CalendarFromDateHolidaysSettings,
  CalendarChangesSettings,
} from "./api/create-calendar.js";
export type { PortalDueDateRule } from "./api/operations/portal-runs.js";
