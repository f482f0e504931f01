import { data, settings } from "../arguments.js";
import { declareOperation, entry } from "../operation.js";
import { compareEvaluationsRun } from "./compare-runs.js";
import { interpretationsReportRun } from "./interpretations-runs.js";

// What if (docs/what-if.md): the same cases of every area evaluated under two settings, and the
// open points tried one by one. Each public operation declared once (src/api/operation.ts).

export const COMPARE_EVALUATIONS = /* @__PURE__ */ declareOperation({
  name: "compareEvaluations",
  area: "impact",
  summary: "What changes when the same cases are evaluated under two settings (calendar, options, rule versions).",
  context: "what-if comparison",
  arguments: [/* @__PURE__ */ data("inputs"), /* @__PURE__ */ settings()],
  settings: ["asOf"],
  run: compareEvaluationsRun,
});

/**
 * What changes when the same cases are evaluated under two settings: every ticket, WebCM member
 * history, spenddown provider quarter, registration request and sanction notice (of the fines
 * given) evaluated as of `asOf` under `before` and under `after` (each a calendar, each area's
 * options and caller rule versions), through the same operations a caller uses. Each case whose
 * results are not deep-equal is listed with its differences in the results' vocabulary: a
 * deadline moved (both due dates and statuses, `daysMoved`), added or removed; a status changed;
 * a finding, a fine or a notice added, removed or changed; a spenddown standard flipped; and the
 * paths of any other value that differs. Cases are named by ticket number, position and MCO,
 * provider and quarter: never by a member value. A case the library refuses is in `errors`.
 *
 * @example
 * const after = { options: { portal: { mcoClockStart: "portal-receipt" } } };
 * compareEvaluations({ tickets }, { asOf: "2024-09-01", after })
 * // { cases: { portal: 60, … }, changed: 4, differences: [{ area: "portal", case: "PRP-2024-0614", changes: [{
 * //   change: "changed", fact: "deadline", what: "proposal (MCO)", daysMoved: -14, … }] }], errors: [] }
 */
export const compareEvaluations = /* @__PURE__ */ entry(COMPARE_EVALUATIONS);

export const INTERPRETATIONS_REPORT = /* @__PURE__ */ declareOperation({
  name: "interpretationsReport",
  area: "impact",
  summary: "What each open point's alternatives change, against its default, on a set of cases.",
  context: "what-if comparison",
  arguments: [/* @__PURE__ */ data("inputs"), /* @__PURE__ */ settings()],
  settings: ["asOf", "calendar", "options", "rules"],
  run: interpretationsReportRun,
});

/**
 * What each open point of the policy (docs/interpretations.md) would change on these cases: for
 * every open point and further reading, each alternative against the default (all other settings
 * as given), `compareEvaluations` of the cases of the areas it applies to: how many cases
 * change, and which, with their differences. Points that touch none of the inputs' areas, or
 * change no evaluation (the sanction payment's due date), are listed in `untouched` with why.
 *
 * @example
 * const report = interpretationsReport({ tickets }, { asOf: "2024-09-01" });
 * report.alternatives.map((a) => `${a.option}=${a.alternative}: ${a.changed}`)
 * // ["submissionWindowStart=submitted-to-mco: 3", …]
 */
export const interpretationsReport = /* @__PURE__ */ entry(INTERPRETATIONS_REPORT);
