import { formatCents } from "../core/money.js";
import { compareText, firstDayOfMonth } from "./month.js";
import { optionRecord, type ResolvedSpenddownOptions } from "./options.js";
import { thresholdCentsAt } from "./parameters.js";
import type { ClassMember } from "./schemas.js";

/** One monthly amount over the threshold. */
export interface AmountOverThreshold {
  readonly memberId: string;
  readonly month: string;
  readonly amountCents: number;
  readonly amount: string;
  readonly thresholdCents: number;
  /** By how much the amount exceeds the threshold, in cents. */
  readonly overByCents: number;
}

/** SPENDDOWN-THRESHOLD: the count the provider's contract is adjusted by. */
export interface ContractAdjustment {
  readonly ruleId: "SPENDDOWN-THRESHOLD";
  /** The count under the chosen unit (`contractAdjustmentUnit`). */
  readonly count: number;
  /** Monthly amounts over the threshold (member-months). */
  readonly memberMonths: number;
  /** Unduplicated members with at least one monthly amount over the threshold. */
  readonly members: number;
  /** Each amount over the threshold, by member and month. */
  readonly amounts: readonly AmountOverThreshold[];
  readonly options: Readonly<Record<string, string>>;
}

/** What the count reads of a member: the ID and each month's amounts in cents. */
export interface MonthAmounts {
  readonly memberId: string;
  readonly months: readonly Pick<ClassMember["months"][number], "month" | "householdIncome" | "spenddownAmount">[];
}

/**
 * The number the provider's contract is adjusted by (SPENDDOWN-THRESHOLD): the monthly amounts
 * over the threshold in force that month, counted as options `contractAdjustmentBasis` and
 * `contractAdjustmentUnit` say. Policy: members already checked (amounts in cents) and resolved
 * options in; the boundary (src/api/operations/spenddown.ts) checks the arguments.
 *
 * @example
 * contractAdjustmentOf([{ memberId: "W-1", months: [{ month: "2024-08", householdIncome: 250000,
 *   spenddownAmount: 100501 }] }], resolved).count
 * // 1
 */
export function contractAdjustmentOf(
  parsed: readonly MonthAmounts[],
  resolved: ResolvedSpenddownOptions,
): ContractAdjustment {
  const amounts: AmountOverThreshold[] = [];
  for (const member of parsed) {
    for (const m of member.months) {
      const thresholdCents = thresholdCentsAt(firstDayOfMonth(m.month), resolved.ruleBook);
      const amountCents = resolved.contractAdjustmentBasis === "income" ? m.householdIncome : m.spenddownAmount;
      if (amountCents > thresholdCents) {
        amounts.push({
          memberId: member.memberId,
          month: m.month,
          amountCents,
          amount: formatCents(amountCents),
          thresholdCents,
          overByCents: amountCents - thresholdCents,
        });
      }
    }
  }
  amounts.sort((a, b) => compareText(a.memberId, b.memberId) || compareText(a.month, b.month));
  const unduplicated = new Set(amounts.map((a) => a.memberId)).size;
  return {
    ruleId: "SPENDDOWN-THRESHOLD",
    count: resolved.contractAdjustmentUnit === "members" ? unduplicated : amounts.length,
    memberMonths: amounts.length,
    members: unduplicated,
    amounts,
    options: optionRecord(resolved, ["contractAdjustmentBasis", "contractAdjustmentUnit"]),
  };
}
