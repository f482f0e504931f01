import type { Fine } from "../core/types.js";

/** An evaluation's PORTAL-FINE field: the fine of a ticket that went overdue, or null. */
export interface FineOfEvaluation {
  readonly fine: Fine | null;
}

/**
 * The PORTAL-FINEs of ticket evaluations, in input order: an evaluation without a fine adds
 * nothing. Policy: evaluations already read by the boundary (src/api/operations/sanctions.ts),
 * which checks each one and leaves out a batch entry that could not be evaluated.
 *
 * @example finesOfEvaluations([{ fine: null }, { fine }]) // [fine]
 */
export function finesOfEvaluations(evaluations: readonly FineOfEvaluation[]): Fine[] {
  const fines: Fine[] = [];
  for (const e of evaluations) if (e.fine !== null) fines.push(e.fine);
  return fines;
}
