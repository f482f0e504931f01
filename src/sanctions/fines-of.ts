import { iterableArgument } from "../core/arguments.js";
import { RuleInputError } from "../core/errors.js";
import type { Fine } from "../core/types.js";

/**
 * The PORTAL-FINEs of ticket evaluations, in the shape {@link sanctionNotices} and
 * `noticesDueAsOf` take: each evaluation's `fine` (a ticket that went overdue, issued or not), in
 * input order; an evaluation without a fine adds nothing, and so does a batch entry that could
 * not be evaluated (`status: "invalid input"`, already reported by its batch). Anything else is
 * a RuleInputError naming `evaluations[i]`.
 *
 * @example sanctionNotices(finesOf(evaluateTickets(tickets, { asOf: "2024-09-30" }))).notices.map((n) => `${n.mco} ${n.period.id} ${n.total}`)
 */
export function finesOf(evaluations: Iterable<unknown>): Fine[] {
  iterableArgument(evaluations, "finesOf", "evaluations");
  const fines: Fine[] = [];
  let index = 0;
  for (const e of evaluations) {
    const field = `evaluations[${index++}]`;
    if (typeof e !== "object" || e === null || !("fine" in e)) {
      if (typeof e === "object" && e !== null && (e as { status?: unknown }).status === "invalid input") continue;
      throw new RuleInputError([{ field, reason: "is not a ticket evaluation (no `fine` field)" }]);
    }
    const fine = (e as { fine: unknown }).fine;
    if (fine === null) continue;
    if (typeof fine !== "object")
      throw new RuleInputError([{ field: `${field}.fine`, reason: "is neither a fine nor null" }]);
    fines.push(fine as Fine);
  }
  return fines;
}
