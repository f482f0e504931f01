// Setup of the mutation-test runs (vitest.mutation.config.ts): a fast-check property that a
// mutant breaks fails at its first counterexample, without shrinking it. Shrinking only makes
// the failure readable; under Stryker it made killed mutants time out and restart a worker.
import fc from "fast-check";

// A property also stops after 1 s of runs, counted as passed: a mutant its first runs do not
// break costs a second, not the whole numRuns on every test that reaches it (on code every
// test reaches, a survivor cost 20-40 s). The score can only come out lower for it, never higher.
fc.configureGlobal({
  ...fc.readConfigureGlobal(),
  endOnFailure: true,
  interruptAfterTimeLimit: 1_000,
  markInterruptAsFailure: false,
});
