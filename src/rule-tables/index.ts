export { parseRuleTable, RuleTableSchema, RuleTableCaseSchema, type RuleTable, type RuleTableCase } from "./format.js";
export { runCase, runRuleTable, type CaseResult } from "./run.js";
export { CASE_EVALUATORS, type CaseEvaluator } from "./evaluators.js";
