import { dateArgument, settingsArgument } from "../../core/arguments.js";
import { DOCUMENT_ONLY_POINTS, type ImpactArea, OPEN_POINTS, type OpenPoint } from "../../impact/open-points.js";
import type {
  AlternativeImpact,
  AreaEvaluation,
  CaseComparison,
  CaseError,
  InterpretationsReport,
  InterpretationsSettings,
  UntouchedPoint,
  WhatIfInputs,
  WhatIfSide,
} from "../../impact/what-if-types.js";
import { evaluateArea } from "./compare-areas.js";
import { areaInputs, compareArea } from "./compare-runs.js";
import { illinoisStateCalendar } from "./calendar.js";

// The interpretations report (docs/what-if.md): each open point in turn, each alternative
// against the default, on the caller's cases. The default side is evaluated once and shared.

function withOption(side: WhatIfSide, areas: readonly ImpactArea[], option: string, value: string): WhatIfSide {
  const options: Partial<Record<ImpactArea, unknown>> = { ...side.options };
  for (const area of areas) options[area] = { ...(side.options?.[area] as object | undefined), [option]: value };
  return { ...side, options };
}

function sides(point: OpenPoint, value: string, areas: readonly ImpactArea[], base: WhatIfSide) {
  if (point.option === "juneteenth2022") {
    const calendar = (v: string) => illinoisStateCalendar({ juneteenth2022: v as "none" });
    return { before: { ...base, calendar: calendar(point.default) }, after: { ...base, calendar: calendar(value) } };
  }
  return {
    before: withOption(base, areas, point.option, point.default),
    after: withOption(base, areas, point.option, value),
  };
}

/** @internal The checked run of `interpretationsReport`. */
export function interpretationsReportRun(
  inputs: WhatIfInputs,
  settings: InterpretationsSettings,
): InterpretationsReport {
  const fn = "interpretationsReport";
  settingsArgument(settings, fn);
  const asOf = dateArgument(settings.asOf, fn, "settings.asOf");
  const base: WhatIfSide = { calendar: settings.calendar, options: settings.options, rules: settings.rules };
  const present = new Map(areaInputs(inputs ?? {}, fn));
  const evaluated = new Map<string, AreaEvaluation>();
  const evaluate = (area: ImpactArea, side: WhatIfSide, key: string) => {
    const cached = evaluated.get(`${area}|${key}`);
    if (cached) return cached;
    const result = evaluateArea(area, present.get(area) ?? [], asOf, side);
    evaluated.set(`${area}|${key}`, result);
    return result;
  };
  const alternatives: AlternativeImpact[] = [];
  const untouched: UntouchedPoint[] = DOCUMENT_ONLY_POINTS.map((p) => ({
    ...p,
    reason: "changes no evaluation: only the sanction notice page reads it",
  }));
  const errors = new Map<string, CaseError>();
  for (const point of OPEN_POINTS) {
    if (point.option === "juneteenth2022" && settings.calendar !== undefined) {
      untouched.push({ number: point.number, option: point.option, reason: "a calendar of the caller's is in force" });
      continue;
    }
    const tried = point.alternatives.filter((a) => a.areas.some((area) => present.has(area)));
    if (tried.length === 0) {
      untouched.push({ number: point.number, option: point.option, reason: "no input of the areas it applies to" });
      continue;
    }
    for (const alternative of tried) {
      const areas = alternative.areas.filter((area) => present.has(area));
      const { before, after } = sides(point, alternative.value, areas, base);
      let cases = 0;
      const differences: CaseComparison[] = [];
      for (const area of areas) {
        // The default side is the settings in force unless they set this option: one evaluation for every point.
        const given = Object.hasOwn((settings.options?.[area] as object | undefined) ?? {}, point.option);
        const defaults =
          given || point.option === "juneteenth2022"
            ? evaluate(area, before, `${point.option}=${point.default}`)
            : evaluate(area, base, "base");
        const compared = compareArea(area, defaults, evaluateArea(area, present.get(area) ?? [], asOf, after));
        cases += compared.compared;
        differences.push(...compared.differences);
        for (const e of compared.errors) errors.set(`${e.area}|${e.index}|${e.message}`, e);
      }
      alternatives.push({
        number: point.number,
        question: point.question,
        option: point.option,
        default: point.default,
        alternative: alternative.value,
        areas,
        cases,
        changed: differences.length,
        differences,
      });
    }
  }
  return { asOf, alternatives, untouched, errors: [...errors.values()] };
}
