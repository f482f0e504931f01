import type { IsoDate } from "../core/iso-date.js";
import type { Fine } from "../core/types.js";
import type { FineDateBasis } from "./options.js";

/** Which date placed a fine in its period, and why. */
export interface FineDate {
  readonly date: IsoDate;
  /** `issued`, `overdue`, or `overdue (issue date unknown)` when `issued` was asked but `issuedOn` is null. */
  readonly basis: "issued" | "overdue" | "overdue (issue date unknown)";
}

/**
 * The date that puts a fine in a reporting period (open interpretation 6, option
 * `fineDateBasis`): its issue date by default, falling back to the day the ticket went overdue
 * when the issue date is unknown; or the overdue day.
 *
 * @internal Not on the public entry: the library's own helper.
 * @example fineDateOf({ ...fine, overdueOn: "2024-03-30", issuedOn: "2024-04-02" }, "issued")
 * // { date: "2024-04-02", basis: "issued" }
 */
export function fineDateOf(fine: Fine, basis: FineDateBasis = "issued"): FineDate {
  if (basis === "overdue") return { date: fine.overdueOn, basis: "overdue" };
  if (fine.issuedOn === null) return { date: fine.overdueOn, basis: "overdue (issue date unknown)" };
  return { date: fine.issuedOn, basis: "issued" };
}

/** The day a fine became known: its issue date, or the overdue day when that is unknown. */
export function fineKnownOn(fine: Fine): IsoDate {
  return fine.issuedOn ?? fine.overdueOn;
}
