import { dateArgument, settingsArgument } from "../../core/arguments.js";
import { caseChanges } from "../../impact/changes.js";
import { IMPACT_AREAS, type ImpactArea } from "../../impact/open-points.js";
import { argumentError } from "../../core/arguments.js";
import type {
  AreaEvaluation,
  CaseComparison,
  CaseError,
  CompareSettings,
  Comparison,
  WhatIfInputs,
} from "../../impact/what-if-types.js";
import { evaluateArea, INPUT_KEYS } from "./compare-areas.js";

// The checked runs of compareEvaluations (docs/what-if.md): the inputs of each area evaluated
// under `before` and `after`, and each case whose results differ, with its differences.

/** @internal The inputs of each area present in `inputs`, checked to be lists. */
export function areaInputs(inputs: WhatIfInputs, fn: string): [ImpactArea, readonly unknown[]][] {
  const out: [ImpactArea, readonly unknown[]][] = [];
  for (const area of IMPACT_AREAS) {
    const list = inputs[INPUT_KEYS[area]];
    if (list === undefined) continue;
    if (!Array.isArray(list)) throw argumentError(fn, `inputs.${INPUT_KEYS[area]}`, "expected a list");
    out.push([area, list]);
  }
  return out;
}

/** @internal Both sides' evaluations of one area compared, case by case (`before` read once, by the caller). */
export function compareArea(
  area: ImpactArea,
  before: AreaEvaluation,
  after: AreaEvaluation,
): {
  differences: CaseComparison[];
  errors: CaseError[];
  compared: number;
} {
  const differences: CaseComparison[] = [];
  // An input refused under `before` is one error; one refused under `after` only is an error too.
  const known = new Set(before.errors.map((e) => e.index));
  const errors = [...before.errors, ...after.errors.filter((e) => !known.has(e.index))];
  let compared = 0;
  // In the order of `after`, then the cases only `before` has (a sanction notice no fine falls in any more).
  const keys = new Set([...after.cases.keys(), ...before.cases.keys()]);
  for (const key of keys) {
    // A case refused under either side is not compared: it is in `errors`.
    if (before.refused.has(key) || after.refused.has(key)) continue;
    const b = before.cases.get(key);
    const a = after.cases.get(key);
    compared++;
    const changes = caseChanges(b?.result, a?.result);
    if (changes.length > 0)
      differences.push({ area, index: (a ?? b)?.index ?? -1, case: (a ?? b)?.label ?? key, changes });
  }
  return { differences, errors, compared };
}

/** @internal The checked run of `compareEvaluations`. */
export function compareEvaluationsRun(inputs: WhatIfInputs, settings: CompareSettings): Comparison {
  const fn = "compareEvaluations";
  settingsArgument(settings, fn);
  const asOf = dateArgument(settings.asOf, fn, "settings.asOf");
  const cases = Object.fromEntries(IMPACT_AREAS.map((a) => [a, 0])) as Record<ImpactArea, number>;
  const differences: CaseComparison[] = [];
  const errors: CaseError[] = [];
  for (const [area, list] of areaInputs(inputs ?? {}, fn)) {
    const before = evaluateArea(area, list, asOf, settings.before ?? {});
    const after = evaluateArea(area, list, asOf, settings.after ?? {});
    const compared = compareArea(area, before, after);
    cases[area] = compared.compared;
    differences.push(...compared.differences);
    errors.push(...compared.errors);
  }
  return { asOf, cases, changed: differences.length, differences, errors };
}
