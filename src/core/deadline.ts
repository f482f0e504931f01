import { type IsoDate, toDayNumber } from "./iso-date.js";
import type { Deadline, DeadlineStatus, Explanation, Party } from "./types.js";

/**
 * Builds a {@link Deadline} from its due date, the date it was met (if any) and `asOf`.
 * An action dated after `asOf` is not known yet and is ignored.
 *
 * @example
 * makeDeadline({ ruleId: "PORTAL-PROPOSAL-DUE", name: "proposal", party: "MCO",
 *   explanation: dueDate({ ... }), metOn: null, asOf }) // { status: "open", ... }
 */
export function makeDeadline(args: {
  ruleId: string;
  name: string;
  party: Party;
  explanation: Explanation;
  metOn: IsoDate | null;
  asOf: IsoDate;
}): Deadline {
  const due = toDayNumber(args.explanation.result);
  const asOf = toDayNumber(args.asOf);
  const metOn = args.metOn !== null && toDayNumber(args.metOn) <= asOf ? args.metOn : null;
  let status: DeadlineStatus;
  let daysLate = 0;
  if (metOn !== null) {
    const met = toDayNumber(metOn);
    status = met <= due ? "met" : "late";
    daysLate = Math.max(0, met - due);
  } else if (asOf <= due) {
    status = "open";
  } else {
    status = "missed";
    daysLate = asOf - due;
  }
  return {
    ruleId: args.ruleId,
    name: args.name,
    party: args.party,
    dueDate: args.explanation.result,
    status,
    metOn,
    daysLate,
    explanation: args.explanation,
  };
}
