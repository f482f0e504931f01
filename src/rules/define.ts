import type { Citation } from "../core/source.js";
import type { IsoDate } from "../core/iso-date.js";
import type { Parameter, Parameters, ParameterUnit, ParameterValue, Rule, RuleArea } from "./model.js";
import { hasSource } from "./sources.js";

/**
 * Shorthand for a rule as data: the documents it comes from by source ID, each with the section
 * and a short quote; the open points of docs/interpretations.md that touch it; versions with ISO
 * dates, each with the basis of its dates and the documents that basis names, its parameters
 * with their units (every version of a rule names the same parameters) and `monthOnly` when the
 * policy history gives only the month (open point 9). The ID and the parameters keep their
 * literal types, so the registry derives `RuleId` and typed parameter accessors from these
 * definitions. A citation of a document the registry does not hold is a programming error,
 * thrown when the module loads.
 *
 * @example defineRule({ id: "PORTAL-FINE", title: "…", area: "portal",
 *   cite: [{ source: "hfs-prp-requirements", section: "Requirements",
 *     quote: "a $5,000.00 fine may be issued to the MCO" }],
 *   openPoints: [9], versions: [{ from: "2020-05-01", monthOnly: true, parameters: { amount: cents(500000) },
 *     basis: "…", sources: ["hfs-prp-requirements"] }] })
 */
export function defineRule<const Id extends string, const P extends Parameters = Record<never, never>>(rule: {
  id: Id;
  title: string | ((first: P) => string);
  area: RuleArea;
  cite: readonly Required<Citation>[];
  openPoints?: readonly number[];
  versions: readonly {
    from: string;
    to?: string;
    monthOnly?: boolean;
    parameters?: P;
    basis: string;
    sources: readonly string[];
  }[];
}): Rule<Id, P> {
  for (const id of [...rule.cite.map((c) => c.source), ...rule.versions.flatMap((v) => v.sources)]) {
    if (!hasSource(id)) throw new Error(`${rule.id} cites ${id}, which is not in the source registry`);
  }
  const names = (p: Parameters | undefined) =>
    Object.keys(p ?? {})
      .sort()
      .join(",");
  for (const v of rule.versions) {
    if (names(own(v, "parameters")) !== names(rule.versions[0] && own(rule.versions[0], "parameters")))
      throw new Error(`${rule.id}: every version must name the same parameters`);
  }
  const citations = Object.freeze(
    rule.cite.map((c) => Object.freeze({ source: c.source, section: c.section, quote: c.quote })),
  );
  const firstVersion = rule.versions[0];
  const first = ((firstVersion && own(firstVersion, "parameters")) ?? {}) as P;
  return Object.freeze({
    id: rule.id,
    title: typeof rule.title === "function" ? rule.title(first) : rule.title,
    area: rule.area,
    source: Object.freeze([...new Set(citations.map((c) => c.source))]),
    citations,
    openPoints: Object.freeze([...(own(rule, "openPoints") ?? [])].sort((a, b) => a - b)),
    versions: Object.freeze(
      rule.versions.map((v) =>
        Object.freeze({
          effectiveFrom: v.from as IsoDate,
          effectiveTo: (own(v, "to") ?? null) as IsoDate | null,
          effectiveMonthOnly: own(v, "monthOnly") === true,
          parameters: Object.freeze(
            Object.fromEntries(
              Object.entries(own(v, "parameters") ?? {}).map(([k, p]) => [
                k,
                Object.freeze({ value: freezeValue(p.value), unit: p.unit }),
              ]),
            ),
          ) as P,
          basis: v.basis,
          sources: Object.freeze([...v.sources]),
        }),
      ),
    ),
  });
}

function freezeValue(value: ParameterValue): ParameterValue {
  return Array.isArray(value) ? Object.freeze([...value]) : value;
}

function parameter<U extends ParameterUnit>(unit: U) {
  return <V extends ParameterValue>(value: V): Parameter<V, U> => ({ value, unit });
}

/** A period in calendar days. @example calendarDays(30) // { value: 30, unit: "calendar-days" } */
export const calendarDays = parameter("calendar-days")<number>;
/** A period in business days. @example businessDays(5) // { value: 5, unit: "business-days" } */
export const businessDays = parameter("business-days")<number>;
/** A period in weeks. @example weeks(3) // { value: 3, unit: "weeks" } */
export const weeks = parameter("weeks")<number>;
/** A period in months. @example months(3) // { value: 3, unit: "months" } */
export const months = parameter("months")<number>;
/** An amount in integer cents. @example cents(500000) // { value: 500000, unit: "cents" } ($5,000.00) */
export const cents = parameter("cents")<number>;
/** A percentage (at most two decimals). @example percent(98) // { value: 98, unit: "percent" } */
export const percent = parameter("percent")<number>;
/** A day of the month (1-31). @example dayOfMonth(20) // { value: 20, unit: "day-of-month" } */
export const dayOfMonth = parameter("day-of-month")<number>;
/** A month of the year (1-12). @example monthOfYear(7) // { value: 7, unit: "month-of-year" } */
export const monthOfYear = parameter("month-of-year")<number>;
/** A count (people, extensions). @example count(10) // { value: 10, unit: "count" } */
export const count = parameter("count")<number>;
/** The roll a rule states. @example roll("forward") // { value: "forward", unit: "roll" } */
export const roll = parameter("roll")<"forward" | "none">;
/** A data version label. @example version("2026.2") // { value: "2026.2", unit: "version" } */
export const version = parameter("version")<string>;
/** A list of weekday names. @example weekdays(["Saturday", "Sunday"]) */
export const weekdays = parameter("weekdays")<readonly string[]>;
/** A list of month-days `MM-DD`. @example monthDays(["11-01", "02-01"]) */
export const monthDays = parameter("month-days")<readonly string[]>;
/** A list of amounts in integer cents, ascending. @example centsList([10000, 20000]) */
export const centsList = parameter("cents-list")<readonly number[]>;

/**
 * An optional key of a definition, read as an own property: the registry is built when the module
 * loads, and a key put on Object.prototype before that (`to`, `monthOnly`) must not change a rule.
 */
function own<T extends object, K extends keyof T>(object: T, key: K): T[K] | undefined {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}
