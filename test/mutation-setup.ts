// Setup of the mutation-test runs (vitest.mutation.config.ts): a fast-check property that a
// mutant breaks fails at its first counterexample, without shrinking it. Shrinking only makes
// the failure readable; under Stryker it made killed mutants time out and restart a worker.
import fc from "fast-check";

fc.configureGlobal({ ...fc.readConfigureGlobal(), endOnFailure: true });
