import type { IsoDate } from "../core/iso-date.js";
import { raiseFinding } from "../findings/kind.js";
import { SPENDDOWN_FINDINGS, type SpenddownFinding } from "./finding-codes.js";
import type { Prerequisites } from "./schemas.js";

/**
 * Where one prerequisite stands: `done` (on or before the move, or by the NF/IMD), `late` (done
 * after the member left the NF/IMD), `missing` (the member has left and it is not done),
 * `pending` (the member has not left yet and it is not done).
 */
export type PrerequisiteStatus = "done" | "late" | "missing" | "pending";

/** One SPENDDOWN-PREREQUISITES item. */
export interface PrerequisiteItem {
  readonly item: "enrollment form sent to HFS" | "representative-payee agreement signed" | "AABD application";
  readonly status: PrerequisiteStatus;
  readonly date: IsoDate | null;
  readonly note: string;
}

/** The prerequisites of a member as of a date. */
export interface PrerequisitesEvaluation {
  readonly ruleId: "SPENDDOWN-PREREQUISITES";
  readonly leftFacilityOn: IsoDate | null;
  readonly items: readonly PrerequisiteItem[];
  /** The items not done before the member left the NF/IMD (status `missing` or `late`). */
  readonly missing: readonly PrerequisiteItem["item"][];
  readonly findings: readonly SpenddownFinding[];
}

function itemStatus(
  item: PrerequisiteItem["item"],
  done: IsoDate | null,
  left: IsoDate | null,
  note: string,
): PrerequisiteItem {
  if (done !== null && (left === null || done <= left)) return { item, status: "done", date: done, note };
  if (done !== null)
    return {
      item,
      status: "late",
      date: done,
      note: `${note}; done ${done}, after the member left the NF/IMD on ${left}`,
    };
  return { item, status: left === null ? "pending" : "missing", date: null, note };
}

/**
 * Whether the provider completed the paperwork before the Class Member moved from the NF/IMD
 * (SPENDDOWN-PREREQUISITES), as known on `asOf`. Policy: checked facts in; the boundary
 * (src/api/operations/spenddown.ts) checks the arguments.
 *
 * @example prerequisitesOf(prerequisites, "2024-05-15", "2024-06-01").missing
 * // ["representative-payee agreement signed"]
 */
export function prerequisitesOf(
  prerequisites: Prerequisites,
  leftFacilityOn: IsoDate | null,
  asOf: IsoDate,
): PrerequisitesEvaluation {
  const known = (d: IsoDate | null | undefined) => (d != null && d <= asOf ? d : null);
  const left = known(leftFacilityOn);
  const aabd = prerequisites.aabdApplication;
  const aabdOn = known(aabd?.on);
  const items: PrerequisiteItem[] = [
    itemStatus(
      "enrollment form sent to HFS",
      known(prerequisites.enrollmentFormSentOn),
      left,
      "spenddown enrollment form completed and sent to HFS",
    ),
    itemStatus(
      "representative-payee agreement signed",
      known(prerequisites.representativePayeeAgreementSignedOn),
      left,
      "signed agreement designating the agency as authorized representative payee",
    ),
    aabd?.by === "NF/IMD" && aabdOn !== null
      ? { item: "AABD application", status: "done", date: aabdOn, note: "AABD application completed by the NF/IMD" }
      : itemStatus("AABD application", aabdOn, left, "Class Member assisted in applying for AABD"),
  ];
  const missing = items.filter((i) => i.status === "missing" || i.status === "late").map((i) => i.item);
  const findings: SpenddownFinding[] =
    missing.length === 0 || left === null
      ? []
      : [
          raiseFinding(
            SPENDDOWN_FINDINGS,
            "prerequisites-missing",
            { leftFacilityOn: left, missing: [...missing] },
            { events: [...missing], date: left },
          ),
        ];
  return { ruleId: "SPENDDOWN-PREREQUISITES", leftFacilityOn: left, items, missing, findings };
}
