// The entry `hfs-mco-rules/rule-tables`: the rule-table runner (docs/rule-tables.md). It loads the
// YAML reader, which is why it is not part of the package root (the root loads no CLI dependency).
export { parseRuleTable, RuleTableSchema, RuleTableCaseSchema, type RuleTable, type RuleTableCase } from "./format.js";
export { runCase, runRuleTable, type CaseResult } from "./run.js";
export { CASE_EVALUATORS, type CaseEvaluator } from "./evaluators.js";
export { ruleTableTests, type RuleTableTest } from "./test-cases.js";
