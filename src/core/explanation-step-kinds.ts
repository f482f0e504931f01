// Not at the package root (its 60 runtime names): the kinds of a step are read from a result, and
// the schema of an explanation step (hfs-mco-rules/schemas, ExplanationStepSchema) lists them.

/** Every kind of `ExplanationStep` (src/core/types.ts). */
export const EXPLANATION_STEP_KINDS = Object.freeze([
  "count",
  "roll-forward",
  "roll-backward",
  "option",
  "fixed-date",
  "note",
] as const);
