import { z } from "zod";
import type { BusinessCalendar } from "../calendar/business-calendar.js";
import type { OnError } from "../core/batch.js";
import { parseInput } from "../core/errors.js";
import { optionsWithCalendar } from "../calendar/calendar-argument.js";

/**
 * Whether a notice deadline that falls on a weekend or State Holiday moves (SANCTION-NOTICE-DUE).
 * The policy gives "no later than" dates and states a roll only for the MCO proposal due date
 * (open point 2 by analogy):
 * - `none` (default): Apr 30, Jul 31, Oct 31, Jan 31 as written;
 * - `backward`: moved to the preceding business day, so that a "no later than" date is met on a
 *   working day.
 */
export const NoticeDeadlineRollSchema = z.enum(["none", "backward"]);
export type NoticeDeadlineRoll = z.infer<typeof NoticeDeadlineRollSchema>;

/**
 * Open interpretation 6: which date puts a fine in a reporting period.
 * - `issued` (default): the date the fine was issued (HFS Provider Resolution Portal
 *   Requirements: "MCOs that receive fines during a reporting period", "the portal fines issued
 *   to the MCO during the reporting period"); a fine
 *   whose issue date is unknown (`issuedOn: null`) falls back to the day the ticket went overdue,
 *   and its notice line says so (`fineDateBasis: "overdue (issue date unknown)"`);
 * - `overdue`: the day the ticket went overdue (the day after the missed due date).
 */
export const FineDateBasisSchema = z.enum(["issued", "overdue"]);
export type FineDateBasis = z.infer<typeof FineDateBasisSchema>;

/** The open-point options of the sanction calendar, as JSON (no calendar). */
export const SanctionOptionsSchema = z
  .object({
    noticeDeadlineRoll: NoticeDeadlineRollSchema.optional(),
    fineDateBasis: FineDateBasisSchema.optional(),
  })
  .strict();

/** Options of the SANCTION-* functions. */
export interface SanctionOptions {
  readonly noticeDeadlineRoll?: NoticeDeadlineRoll;
  readonly fineDateBasis?: FineDateBasis;
  /** The State Holiday calendar (default: Illinois State Holidays). */
  readonly calendar?: BusinessCalendar;
  /** The batch entries (`sanctionNotices`, `noticesDueAsOf`): `throw` (default) or `collect` the bad fines. */
  readonly onError?: OnError;
}

/** Options with their defaults filled in, validated. */
export interface ResolvedSanctionOptions {
  readonly noticeDeadlineRoll: NoticeDeadlineRoll;
  readonly fineDateBasis: FineDateBasis;
  readonly calendar: BusinessCalendar;
}

/** Validates the options (a bad value is a RuleInputError naming it) and fills in the defaults. */
export function resolveSanctionOptions(options: SanctionOptions = {}, ruleId = "SANCTION-NOTICE-DUE"): ResolvedSanctionOptions {
  const { calendar, rest: { onError: _batchSetting, ...rest } } = optionsWithCalendar(options, ruleId);
  const parsed = parseInput(SanctionOptionsSchema, rest, ruleId);
  return {
    noticeDeadlineRoll: parsed.noticeDeadlineRoll ?? "none",
    fineDateBasis: parsed.fineDateBasis ?? "issued",
    calendar,
  };
}
