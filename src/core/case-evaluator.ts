/**
 * A rule-table evaluator: takes a row's raw input (validated inside), returns plain data. A leaf
 * type: each area's cases.ts names it, and src/rule-tables/evaluators.ts gathers the areas'
 * evaluators, so the type lives apart from both (no import cycle).
 *
 * @example const holidayOn: CaseEvaluator = (input) => illinoisStateCalendar().holidayOn(parseIsoDate(String(input)));
 */
export type CaseEvaluator = (input: unknown) => unknown;
