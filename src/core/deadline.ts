import { dayNumberArgument, settingsArgument } from "./arguments.js";
import type { IsoDate } from "./iso-date.js";
import type { Deadline, DeadlineStatus, Explanation, Party } from "./types.js";
import type { RuleId } from "../rules/rule-id.js";

/**
 * The explanation as a {@link Deadline} holds it: a lean one without its `ruleId` (the deadline
 * carries it, once); a full record (`detail: "full"`) as it is.
 *
 * @example explanationOfDeadline(dueDate(spec)).ruleId // undefined
 */
export function explanationOfDeadline(explanation: Explanation): Explanation {
  settingsArgument(explanation, "explanationOfDeadline", "explanation");
  if (explanation.ruleId === undefined || explanation.text !== undefined) return explanation;
  const { ruleId: _, ...rest } = explanation;
  return rest;
}

/**
 * Builds a {@link Deadline} from its due date, the date it was met (if any) and `asOf`. A lean
 * explanation is held without its rule ID ({@link explanationOfDeadline}).
 * An action dated after `asOf` is not known yet and is ignored. A bad date is a RuleInputError
 * naming it.
 *
 * @example
 * makeDeadline({ ruleId: "PORTAL-PROPOSAL-DUE", name: "proposal", party: "MCO",
 *   explanation: dueDate({ ... }), metOn: null, asOf }) // { status: "open", ... }
 */
export function makeDeadline(args: {
  ruleId: RuleId;
  name: string;
  party: Party;
  explanation: Explanation;
  metOn: IsoDate | null;
  asOf: IsoDate;
}): Deadline {
  settingsArgument(args, "makeDeadline", "args");
  const due = dayNumberArgument(
    settingsArgument(args.explanation, "makeDeadline", "args.explanation").result,
    "makeDeadline",
    "args.explanation.result",
  );
  const asOf = dayNumberArgument(args.asOf, "makeDeadline", "args.asOf");
  const metDay = args.metOn === null ? null : dayNumberArgument(args.metOn, "makeDeadline", "args.metOn");
  const metOn = metDay !== null && metDay <= asOf ? args.metOn : null;
  let status: DeadlineStatus;
  let daysLate = 0;
  if (metOn !== null && metDay !== null) {
    const met = metDay;
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
    explanation: explanationOfDeadline(args.explanation),
  };
}
