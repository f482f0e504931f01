import { makeDeadline } from "../core/deadline.js";
import type { IsoDate } from "../core/iso-date.js";
import type { Deadline } from "../core/types.js";
import { raiseFinding } from "../findings/kind.js";
import { SPENDDOWN_FINDINGS, type SpenddownFinding } from "./finding-codes.js";
import { type MonthFacts, monthFactsOf } from "./month-facts.js";
import { formatCents } from "../core/money.js";
import { optionRecord, type ResolvedSpenddownOptions } from "./options.js";
import { paymentDueDateOf } from "./payment-due.js";
import { type PrerequisitesEvaluation, prerequisitesOf } from "./prerequisites.js";
import { type SharedValues, sharedValue } from "./shared-values.js";
import type { MemberMonth, MemberMonthRow } from "./schemas.js";

/** The advance payment of a member-month against its due date (SPENDDOWN-PAYMENT-DUE). */
export interface MonthPayment {
  /** False when the spenddown amount is $0.00 or the member self-terminated that month (the advance is canceled). */
  readonly required: boolean;
  readonly amountCents: number | null;
  readonly amount: string | null;
  readonly paidOn: IsoDate | null;
  /** True: paid on or before the due date; false: late or missed; null: not due yet, or not required and not paid. */
  readonly onTime: boolean | null;
  /** The payment deadline: `not applicable` (0 days late) when the payment is not required. */
  readonly deadline: Deadline;
}

/** Everything the SPENDDOWN-* rules say about one member-month, as of a date. */
export interface MemberMonthEvaluation extends MonthFacts {
  readonly memberId: string;
  readonly payment: MonthPayment;
  /** SPENDDOWN-PREREQUISITES, or null when the member's prerequisites were not given. */
  readonly prerequisites: PrerequisitesEvaluation | null;
  readonly findings: readonly SpenddownFinding[];
  readonly options: Readonly<Record<string, string>>;
}

function payment(
  input: MemberMonth,
  asOf: IsoDate,
  options: ResolvedSpenddownOptions,
  memo: SharedValues | undefined,
): MonthPayment {
  const paid = input.payment;
  // The deadline depends on the month and the day paid only (asOf and options are the call's).
  const dated = sharedValue(memo, `payment-deadline ${input.month} ${paid?.paidOn ?? "-"}`, () =>
    makeDeadline({
      ruleId: "SPENDDOWN-PAYMENT-DUE",
      name: "advance spenddown payment",
      party: "Williams provider",
      explanation: sharedValue(memo, `payment-due ${input.month}`, () => paymentDueDateOf(input.month, options)),
      metOn: paid?.paidOn ?? null,
      asOf,
    }),
  );
  const required = input.spenddownAmount > 0 && !input.selfTerminated;
  const onTime =
    dated.status === "met" ? true : dated.status === "open" || (!required && dated.metOn === null) ? null : false;
  // SPENDDOWN-PAYMENT-DUE: with a $0.00 spenddown, or in the month the member self-terminates
  // ("the spenddown advance is canceled"), no payment is owed: the deadline does not apply. It is
  // never open, missed or late (0 days late, no finding, not in the work queue); `metOn` keeps
  // the day a payment was made all the same.
  const deadline = required
    ? dated
    : sharedValue(
        memo,
        `payment-deadline-not-applicable ${input.month} ${paid?.paidOn ?? "-"}`,
        (): Deadline => ({ ...dated, status: "not applicable", daysLate: 0 }),
      );
  const known = deadline.metOn !== null && paid ? paid : null;
  return {
    required,
    amountCents: known?.amount ?? null,
    amount: known ? formatCents(known.amount) : null,
    paidOn: deadline.metOn,
    onTime,
    deadline,
  };
}

// The privacy rule (docs/privacy.md): a finding names the month, never the member's ID (the
// result carries it in `memberId`; evaluateProviderQuarter names the member by position).
// A missed or late payment's finding depends on the month and the deadline only: shared in a batch.
function paymentFindings(
  p: MonthPayment,
  spenddownCents: number,
  month: string,
  memo: SharedValues | undefined,
): SpenddownFinding[] {
  const events = [month];
  const findings: SpenddownFinding[] = [];
  const d = p.deadline;
  const due = { month, dueDate: d.dueDate, daysLate: d.daysLate };
  if (p.required && d.status === "missed") {
    findings.push(
      sharedValue(memo, `payment-missed ${month} ${d.dueDate} ${d.daysLate}`, () =>
        raiseFinding(SPENDDOWN_FINDINGS, "payment-missed", due, { events, date: d.dueDate }),
      ),
    );
  }
  const paidOn = d.metOn;
  if (d.status === "late" && paidOn !== null) {
    findings.push(
      sharedValue(memo, `payment-late ${month} ${paidOn} ${d.dueDate} ${d.daysLate}`, () =>
        raiseFinding(SPENDDOWN_FINDINGS, "payment-late", { ...due, paidOn }, { events, date: paidOn }),
      ),
    );
  }
  if (p.amountCents !== null && p.amountCents < spenddownCents) {
    const facts = { month, paidCents: p.amountCents, spenddownCents };
    findings.push(raiseFinding(SPENDDOWN_FINDINGS, "payment-short", facts, { events }));
  }
  return findings;
}

/** What a member-month's evaluation reads of the member besides the month. */
export type MemberOfMonth = Pick<MemberMonthRow, "memberId" | "prerequisites" | "leftFacilityOn">;

/**
 * One member-month evaluated (SPENDDOWN-THRESHOLD, SPENDDOWN-MEASURES, SPENDDOWN-BILLS-SUFFICIENT,
 * SPENDDOWN-PAYMENT-DUE, SPENDDOWN-PREREQUISITES). Policy: a member-month already checked by the
 * boundary, its month one the SPENDDOWN-* rules are in force on
 * (src/api/operations/spenddown-runs.ts; a batch checks its input once, not once per month): the
 * member's fields and the month's, apart (a batch does not copy them into one row per month:
 * those copies, spread from a rest object, lifted the peak memory of a 90,000 member-month
 * quarter by about 100 MiB).
 * With `memo`, equal parts (the payment deadline, the bucket, the options) are one frozen value
 * shared by the member-months of the call.
 */
export function memberMonthOfRow(
  member: MemberOfMonth,
  row: MemberMonth,
  asOf: IsoDate,
  resolved: ResolvedSpenddownOptions,
  memo?: SharedValues,
): MemberMonthEvaluation {
  // A bucket is keyed by all it holds (the bounds in force that month decide it).
  const facts = monthFactsOf(
    row,
    (bucket) => sharedValue(memo, `bucket ${JSON.stringify(bucket)}`, () => bucket),
    resolved.ruleBook,
  );
  const paid = payment(row, asOf, resolved, memo);
  const prerequisites = member.prerequisites
    ? prerequisitesOf(member.prerequisites, member.leftFacilityOn ?? null, asOf)
    : null;
  const findings = [...paymentFindings(paid, row.spenddownAmount, row.month, memo), ...(prerequisites?.findings ?? [])];
  if (!facts.bills.sufficient) {
    const bills = {
      month: row.month,
      billsCents: facts.bills.cents,
      spenddownCents: facts.spenddown.cents,
      shortfallCents: facts.bills.shortfallCents,
    };
    const place = { events: [row.month] };
    findings.push(raiseFinding(SPENDDOWN_FINDINGS, "bills-insufficient", bills, place));
  }
  const options = sharedValue(memo, "member-month options", () => optionRecord(resolved, ["unstatedRoll"]));
  // The facts field by field, in MonthFacts' order (no copy of the facts object kept).
  const {
    month,
    income,
    spenddown,
    bills,
    incomeInMeasure3Range,
    continuousEngagement,
    selfTerminated,
    agencyIsRepresentativePayee,
  } = facts;
  return {
    memberId: member.memberId,
    month,
    income,
    spenddown,
    bills,
    incomeInMeasure3Range,
    continuousEngagement,
    selfTerminated,
    agencyIsRepresentativePayee,
    payment: paid,
    prerequisites,
    findings,
    options,
  };
}
