// The policy's open points (docs/interpretations.md) as data: for each, the option that carries
// it in each area, its default and its alternatives, so that the interpretations report can try
// each alternative against the default on a caller's cases. The alternatives are the values each
// area's options schema accepts (test/impact/open-points.test.ts checks both against the schemas
// and checks that the default is what an absent option means).

/** The areas whose cases a comparison evaluates. */
export const IMPACT_AREAS = Object.freeze(["portal", "webcm", "spenddown", "sanctions", "registration"] as const);
export type ImpactArea = (typeof IMPACT_AREAS)[number];

/** An open point, or one of the further readings an area had to make. */
export interface OpenPoint {
  /** Its number in docs/interpretations.md; null for a further reading of one area. */
  readonly number: number | null;
  readonly question: string;
  /** The option's name in `settings.options` of each area it applies to; `calendar` for the calendar's option. */
  readonly option: string;
  readonly areas: readonly (ImpactArea | "calendar")[];
  readonly default: string;
  /** Every other value, with the areas that accept it (an area absent does not offer it). */
  readonly alternatives: readonly { readonly value: string; readonly areas: readonly ImpactArea[] }[];
}

const ALL: readonly ImpactArea[] = IMPACT_AREAS;
const point = (
  number: number | null,
  question: string,
  option: string,
  areas: readonly (ImpactArea | "calendar")[],
  dflt: string,
  alternatives: readonly (string | readonly [string, readonly ImpactArea[]])[],
): OpenPoint =>
  Object.freeze({
    number,
    question,
    option,
    areas: Object.freeze(areas),
    default: dflt,
    alternatives: Object.freeze(
      alternatives.map((a) =>
        Object.freeze(
          typeof a === "string"
            ? { value: a, areas: Object.freeze(areas.filter((x): x is ImpactArea => x !== "calendar")) }
            : { value: a[0], areas: Object.freeze(a[1]) },
        ),
      ),
    ),
  });

/** Every open point and further reading that changes an evaluation, in the order of docs/interpretations.md. */
export const OPEN_POINTS: readonly OpenPoint[] = Object.freeze([
  point(1, "Start of the 30/60-day submission window", "submissionWindowStart", ["portal"], "tracking-number-issued", [
    "submitted-to-mco",
    "adm-code-140.75",
  ]),
  point(
    2,
    "Roll off weekends and holidays where the text states none",
    "unstatedRoll",
    ALL.filter((a) => a !== "registration"),
    "none",
    ["forward", ["backward", ["sanctions"]]],
  ),
  point(
    3,
    "Extension request limit: 7 days before the raw 30th day or the rolled due date",
    "extensionLimitFrom",
    ["portal"],
    "raw-30th-day",
    ["rolled-due-date"],
  ),
  point(4, "Start of the MCO's 30 days", "mcoClockStart", ["portal"], "presentation-else-portal-receipt", [
    "presentation-only",
    "portal-receipt",
  ]),
  point(5, "Start of the 30 days to request HFS review", "hfsReviewClockFrom", ["portal"], "contest", ["mco-response"]),
  point(6, "Which date puts a fine in a quarter", "fineDateBasis", ["sanctions"], "issued", ["overdue"]),
  point(7, "'Within a minimum of 2 business days' (registration)", "processingReading", ["registration"], "floor", [
    "target",
    "both",
  ]),
  point(8, "Spenddown standard 3: income or spenddown amount", "standard3Basis", ["spenddown"], "spenddown", [
    "income",
  ]),
  point(8, "Spenddown buckets: cumulative or banded", "bucketReading", ["spenddown"], "cumulative", ["banded"]),
  point(9, "Effective dates given by month only", "monthOnlyEffectiveDate", ["portal"], "first-day-of-month", [
    "first-day-of-next-month",
  ]),
  point(
    10,
    "A business-day period that starts on a non-business day",
    "businessDayStart",
    ["portal", "registration"],
    "count-from-start",
    ["roll-start-forward"],
  ),
  point(11, "Events dated after asOf: not known as of asOf?", "eventsAfterAsOf", ["portal"], "not-known", [
    "presentation-from-record",
  ]),
  point(
    12,
    "Juneteenth 2022: is Monday 2022-06-20 a State Holiday?",
    "juneteenth2022",
    ["calendar"],
    "observed-monday",
    [["none", ALL]],
  ),
  point(13, "PORTAL-EXTENSION-ONCE after a denied request", "extensionOnceCounts", ["portal"], "approved-extensions", [
    "requests",
  ]),
  point(
    null,
    "Registration: the bulk extension of up to 3 weeks",
    "bulkExtension",
    ["registration"],
    "21-calendar-days",
    ["15-business-days"],
  ),
  point(null, "Spenddown standard 3: its direction", "standard3Direction", ["spenddown"], "at-most", ["at-least"]),
  point(
    null,
    "Spenddown standard 2: widest bucket or every bucket",
    "standard2Reading",
    ["spenddown"],
    "widest-bucket",
    ["every-bucket"],
  ),
  point(null, "Spenddown standard 6: each month or the quarter", "standard6Evaluation", ["spenddown"], "each-month", [
    "quarter",
  ]),
  point(
    null,
    "Spenddown: unduplicated members counted in any month or every month",
    "memberCounting",
    ["spenddown"],
    "any-month",
    ["every-month"],
  ),
  point(
    null,
    "Spenddown contract adjustment: spenddown or income",
    "contractAdjustmentBasis",
    ["spenddown"],
    "spenddown",
    ["income"],
  ),
  point(
    null,
    "Spenddown contract adjustment: member-months or members",
    "contractAdjustmentUnit",
    ["spenddown"],
    "member-months",
    ["members"],
  ),
]);

/**
 * Open point 14 (the sanction payment due date) changes no evaluation: only the notice page reads
 * it. The report lists it with the points that touch none of the inputs' areas.
 */
export const DOCUMENT_ONLY_POINTS: readonly { readonly number: number; readonly option: string }[] = Object.freeze([
  Object.freeze({ number: 14, option: "paymentDueDate" }),
]);
