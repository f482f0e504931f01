import type { IsoDate } from "../core/iso-date.js";
import { formatCents } from "../core/money.js";
import type { MonthFacts } from "./month-facts.js";
import type { ResolvedSpenddownOptions } from "./options.js";
import { measureBoundsAt } from "./parameters.js";

/** One measure of SPENDDOWN-MEASURES as a test on a member-month. */
export interface MeasureDefinition {
  /** `1`, `2.1` … `2.5`, `3`, `3-income`, `4` … `7`. */
  readonly key: string;
  /** The grant program's measure number (1-7). */
  readonly number: number;
  readonly title: string;
  /** True for measure 6: a self-termination "in the reporting quarter" is an event, counted in any month. */
  readonly event: boolean;
  readonly test: (f: MonthFacts) => boolean;
}

function bucketDefinitions(
  bounds: readonly number[],
  reading: ResolvedSpenddownOptions["bucketReading"],
): MeasureDefinition[] {
  return bounds.map((bound, i) => {
    const lower = i === 0 || reading === "cumulative" ? 0 : (bounds[i - 1] ?? 0);
    const title =
      lower === 0
        ? `Members on spenddown with deductible amounts less than ${formatCents(bound)} (monthly)`
        : `Members on spenddown with deductible amounts of ${formatCents(lower)} to ${formatCents(bound - 1)} ` +
          "(monthly; banded)";
    return {
      key: `2.${i + 1}`,
      number: 2,
      title,
      event: false,
      test: (f: MonthFacts) => f.spenddown.cents >= lower && f.spenddown.cents < bound,
    };
  });
}

/**
 * The measures of a quarter, with the buckets and range in force on its first day
 * (SPENDDOWN-MEASURES); the income threshold of measure 1 is the one in force each month.
 */
export function measureDefinitions(quarterStart: IsoDate, options: ResolvedSpenddownOptions): MeasureDefinition[] {
  const { bucketsCents, rangeLowCents: low, rangeHighCents: high } = measureBoundsAt(quarterStart, options.ruleBook);
  const range = `greater than ${formatCents(low)} but not greater than ${formatCents(high)}`;
  return [
    {
      key: "1",
      number: 1,
      title: "Unduplicated Class Members with monthly household incomes at or less than the threshold",
      event: false,
      test: (f) => f.income.atOrUnderThreshold,
    },
    ...bucketDefinitions(bucketsCents, options.bucketReading),
    {
      key: "3",
      number: 3,
      title: `Class Members whose monthly spend down amount is ${range}, per month`,
      event: false,
      test: (f) => f.spenddown.cents > low && f.spenddown.cents <= high,
    },
    {
      key: "3-income",
      number: 3,
      title: `Class Members whose monthly income is ${range} (standard 3 as worded)`,
      event: false,
      test: (f) => f.income.cents > low && f.income.cents <= high,
    },
    {
      key: "4",
      number: 4,
      title: 'Members with sufficient "bills" incurred to offset the monthly spenddown amount',
      event: false,
      test: (f) => f.bills.sufficient,
    },
    {
      key: "5",
      number: 5,
      title: "Members who, monthly, maintain continuous engagement with the mental health service provider",
      event: false,
      test: (f) => f.continuousEngagement,
    },
    {
      key: "6",
      number: 6,
      title:
        "Members who self-terminate from mental health services in the reporting quarter (spenddown advance canceled)",
      event: true,
      test: (f) => f.selfTerminated,
    },
    {
      key: "7",
      number: 7,
      title: "Class Members on spenddown for whom the agency is serving as their representative payee",
      event: false,
      test: (f) => f.agencyIsRepresentativePayee,
    },
  ];
}
