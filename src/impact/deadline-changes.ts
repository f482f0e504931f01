import { explanationText } from "../calendar/explain.js";
import type { RuleId } from "../rules/rule-id.js";
import { daysBetween, type IsoDate } from "../core/iso-date.js";
import type { Deadline, DeadlineStatus, Party } from "../core/types.js";

/** A deadline as one calendar makes it: its due date, status and the one-line explanation. */
export interface DeadlineSide {
  readonly dueDate: IsoDate;
  readonly status: DeadlineStatus;
  readonly explanation: string;
}

/**
 * One deadline whose due date or status differs between two calendars. `before` or `after` is
 * null when the deadline exists under one calendar only (e.g. a closure for a missed step that
 * the other calendar does not miss).
 */
export interface DeadlineChange {
  readonly ruleId: RuleId;
  readonly name: string;
  readonly party: Party;
  readonly before: DeadlineSide | null;
  readonly after: DeadlineSide | null;
  /** Calendar days the due date moved (after − before); 0 when only the status changed or one side is missing. */
  readonly daysMoved: number;
}

const keyOf = (d: Deadline) => `${d.ruleId}\u0000${d.name}\u0000${d.party}`;
const sideOf = (d: Deadline): DeadlineSide =>
  Object.freeze({ dueDate: d.dueDate, status: d.status, explanation: explanationText(d.explanation) });

/** The deadlines keyed by rule, name, party and occurrence (the second info request is `#1`). */
function keyed(deadlines: readonly Deadline[]): Map<string, Deadline> {
  const out = new Map<string, Deadline>();
  const seen = new Map<string, number>();
  for (const d of deadlines) {
    const key = keyOf(d);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    out.set(`${key}#${n}`, d);
  }
  return out;
}

/**
 * @internal The deadlines of two evaluations of the same input (under the `before` and the
 * `after` calendar) whose due date or status differs, in the order of `after` (then those
 * only `before` has). A deadline is the same one when its rule, name, party and occurrence agree.
 */
export function deadlineChanges(before: readonly Deadline[], after: readonly Deadline[]): DeadlineChange[] {
  const old = keyed(before);
  const changes: DeadlineChange[] = [];
  for (const [key, a] of keyed(after)) {
    const b = old.get(key);
    old.delete(key);
    if (b !== undefined && b.dueDate === a.dueDate && b.status === a.status) continue;
    const daysMoved = b === undefined ? 0 : daysBetween(b.dueDate, a.dueDate);
    changes.push(
      Object.freeze({
        ruleId: a.ruleId,
        name: a.name,
        party: a.party,
        before: b === undefined ? null : sideOf(b),
        after: sideOf(a),
        daysMoved,
      }),
    );
  }
  for (const b of old.values()) {
    changes.push(
      Object.freeze({ ruleId: b.ruleId, name: b.name, party: b.party, before: sideOf(b), after: null, daysMoved: 0 }),
    );
  }
  return changes;
}
