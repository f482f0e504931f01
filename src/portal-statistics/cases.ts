import type { CaseEvaluator } from "../rule-tables/evaluators.js";

/** Rule-table evaluators of PORTAL-STATISTICS (registered through src/sanctions/cases.ts). */
export const STATISTICS_CASES: Readonly<Record<string, CaseEvaluator>> = {};
