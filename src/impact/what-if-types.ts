// The shapes of a what-if comparison and of the interpretations report (docs/what-if.md): types
// only, shared by the runs (src/api/operations/compare-runs.ts, interpretations-runs.ts) and the
// outputs (what-if-rows.ts, what-if-page.ts).
import type { BusinessCalendar } from "../calendar/business-calendar.js";
import type { InputIssue } from "../core/errors.js";
import type { Change } from "./changes.js";
import type { ImpactArea } from "./open-points.js";

/** The inputs of a comparison, by area; each list optional. */
export interface WhatIfInputs {
  readonly tickets?: readonly unknown[];
  readonly webcmMembers?: readonly unknown[];
  readonly spenddownQuarters?: readonly unknown[];
  readonly fines?: readonly unknown[];
  readonly registrations?: readonly unknown[];
}

/** One side of a comparison: the calendar, each area's options, and any other setting passed to every area. */
export interface WhatIfSide {
  readonly calendar?: BusinessCalendar;
  /** Each area's open-point options, e.g. `{ portal: { mcoClockStart: "portal-receipt" } }`. */
  readonly options?: Readonly<Partial<Record<ImpactArea, unknown>>>;
  /** Caller rule versions (docs/rule-changes.md), passed to every area as `settings.rules`. */
  readonly rules?: unknown;
}

/** One evaluated case: where it is in its area's list, a label free of member values, its result. */
export interface EvaluatedCase {
  readonly index: number;
  readonly label: string;
  readonly result: unknown;
}

/** A case the library refused: its area, its position, the issues (paths and reasons, never values). */
export interface CaseError {
  readonly area: ImpactArea;
  readonly index: number;
  readonly message: string;
  readonly issues: readonly InputIssue[];
}

/** The evaluated cases of one area under one side, by key, and the cases refused. */
export interface AreaEvaluation {
  readonly cases: ReadonlyMap<string, EvaluatedCase>;
  /** The keys of the cases refused (a refused fine is no notice's case: a notice is never refused). */
  readonly refused: ReadonlySet<string>;
  readonly errors: readonly CaseError[];
}

/** The settings of `compareEvaluations`: one `asOf`, the two sides. */
export interface CompareSettings {
  readonly asOf: string;
  readonly before?: WhatIfSide;
  readonly after?: WhatIfSide;
}

/** One case whose evaluations differ. */
export interface CaseComparison {
  readonly area: ImpactArea;
  /** Its position in its area's list (a sanction notice: its position among the notices). */
  readonly index: number;
  /** A ticket number, `WebCM member 3 (MCO)`, `provider SFY2025-Q1`, `notice to MCO 2024-Q2`: never a member value. */
  readonly case: string;
  readonly changes: readonly Change[];
}

/** What changes from `before` to `after`. */
export interface Comparison {
  readonly asOf: string;
  /** Cases evaluated under both sides, by area. */
  readonly cases: Readonly<Record<ImpactArea, number>>;
  /** How many of them differ. */
  readonly changed: number;
  readonly differences: readonly CaseComparison[];
  /** Inputs the library refused under either side (records in = cases + errors). */
  readonly errors: readonly CaseError[];
}

/** The settings of `interpretationsReport`: `asOf`, and the settings in force (the defaults' side). */
export interface InterpretationsSettings {
  readonly asOf: string;
  readonly calendar?: BusinessCalendar;
  readonly options?: WhatIfSide["options"];
  readonly rules?: unknown;
}

/** One alternative of one open point against its default. */
export interface AlternativeImpact {
  readonly number: number | null;
  readonly question: string;
  readonly option: string;
  readonly default: string;
  readonly alternative: string;
  /** The areas whose cases it was tried on (those of the inputs that offer the alternative). */
  readonly areas: readonly ImpactArea[];
  /** Cases evaluated under both readings. */
  readonly cases: number;
  /** Cases whose evaluations differ. */
  readonly changed: number;
  readonly differences: readonly CaseComparison[];
}

/** An open point the inputs cannot show, and why. */
export interface UntouchedPoint {
  readonly number: number | null;
  readonly option: string;
  readonly reason: string;
}

export interface InterpretationsReport {
  readonly asOf: string;
  readonly alternatives: readonly AlternativeImpact[];
  readonly untouched: readonly UntouchedPoint[];
  readonly errors: readonly CaseError[];
}
