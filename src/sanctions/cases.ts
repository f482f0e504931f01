import type { CaseEvaluator } from "../rule-tables/evaluators.js";

/** Rule-table evaluators of this area, by kind. */
export const SANCTION_CASES: Readonly<Record<string, CaseEvaluator>> = {};
