import { type IsoDate, isIsoDate } from "../core/iso-date.js";
import { type Plain, plainWith } from "../core/plain-object.js";
import { isIdentifierText } from "../core/text-schemas.js";
import { toCents } from "./money.js";
import { isMonthText } from "./month.js";
import type { ClassMember, MemberMonth, Prerequisites } from "./schemas.js";

// Memory and speed of a provider's quarter (SPENDDOWN-MEASURES): zod's parse of a Class Member
// costs more than evaluating its months, and the garbage it leaves is what lifts the peak
// memory of a large quarter. Most members are clean: plain JSON objects that ClassMemberSchema
// accepts. `cleanClassMember` proves that with plain checks and builds what the schema would
// return (amounts in cents); anything it is not sure of (an unknown key, an explicit
// `undefined`, a class instance, a month given twice, …) answers undefined and the member goes
// through ClassMemberSchema as before, which also reports the errors. It must never accept what
// the schema rejects, nor return anything else than the schema: a property test
// (test/spenddown/clean-member.test.ts) checks it against the schema.

const MEMBER_KEYS: ReadonlySet<string> = new Set(["memberId", "leftFacilityOn", "prerequisites", "months"]);
const MONTH_KEYS: ReadonlySet<string> = new Set([
  "month",
  "householdIncome",
  "spenddownAmount",
  "allowableBills",
  "payment",
  "continuousEngagement",
  "selfTerminated",
  "agencyIsRepresentativePayee",
]);
const PAYMENT_KEYS: ReadonlySet<string> = new Set(["amount", "paidOn"]);
const PREREQUISITE_KEYS: ReadonlySet<string> = new Set([
  "enrollmentFormSentOn",
  "representativePayeeAgreementSignedOn",
  "aabdApplication",
]);
const AABD_KEYS: ReadonlySet<string> = new Set(["by", "on"]);

/** Cents of a DollarsSchema amount, or null when the schema might not accept it. */
function cents(value: unknown): number | null {
  return (typeof value === "number" && value >= 0) || typeof value === "string" ? toCents(value) : null;
}

const dateOrNull = (value: unknown): boolean => value === null || isIsoDate(value);

function cleanMonth(m: unknown): MemberMonth | undefined {
  if (!plainWith(m, MONTH_KEYS) || !isMonthText(m.month)) return undefined;
  const income = cents(m.householdIncome);
  const spenddown = cents(m.spenddownAmount);
  const bills = cents(m.allowableBills);
  if (income === null || spenddown === null || bills === null) return undefined;
  const p = m.payment;
  let payment: MemberMonth["payment"] = null;
  if (p !== null) {
    const amount = plainWith(p, PAYMENT_KEYS) ? cents(p.amount) : null;
    if (amount === null || !isIsoDate((p as Plain).paidOn)) return undefined;
    payment = { amount, paidOn: (p as Plain).paidOn as IsoDate };
  }
  const { continuousEngagement, selfTerminated, agencyIsRepresentativePayee } = m;
  if (
    typeof continuousEngagement !== "boolean" ||
    typeof selfTerminated !== "boolean" ||
    typeof agencyIsRepresentativePayee !== "boolean"
  )
    return undefined;
  return {
    month: m.month,
    householdIncome: income,
    spenddownAmount: spenddown,
    allowableBills: bills,
    payment,
    continuousEngagement,
    selfTerminated,
    agencyIsRepresentativePayee,
  };
}

function cleanPrerequisites(p: unknown): Prerequisites | undefined {
  if (
    !plainWith(p, PREREQUISITE_KEYS) ||
    !dateOrNull(p.enrollmentFormSentOn) ||
    !dateOrNull(p.representativePayeeAgreementSignedOn)
  )
    return undefined;
  const a = p.aabdApplication;
  if (a !== null && !(plainWith(a, AABD_KEYS) && (a.by === "provider" || a.by === "NF/IMD") && isIsoDate(a.on)))
    return undefined;
  const aabdApplication = a === null ? null : ({ by: a.by, on: a.on } as NonNullable<Prerequisites["aabdApplication"]>);
  return {
    enrollmentFormSentOn: p.enrollmentFormSentOn,
    representativePayeeAgreementSignedOn: p.representativePayeeAgreementSignedOn,
    aabdApplication,
  } as Prerequisites;
}

/**
 * @internal What `ClassMemberSchema` returns for `value` when it surely accepts it, built
 * without zod; undefined means "not sure": parse it with the schema.
 */
export function cleanClassMember(value: unknown): ClassMember | undefined {
  if (!plainWith(value, MEMBER_KEYS) || !isIdentifierText(value.memberId) || !Array.isArray(value.months))
    return undefined;
  if ("leftFacilityOn" in value && !dateOrNull(value.leftFacilityOn)) return undefined;
  const prerequisites = "prerequisites" in value ? cleanPrerequisites(value.prerequisites) : undefined;
  if ("prerequisites" in value && prerequisites === undefined) return undefined;
  const given: unknown[] = value.months;
  const months: MemberMonth[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < given.length; i++) {
    const month = i in given ? cleanMonth(given[i]) : undefined;
    if (month === undefined || seen.has(month.month)) return undefined;
    seen.add(month.month);
    months.push(month);
  }
  return {
    memberId: value.memberId,
    ...("leftFacilityOn" in value ? { leftFacilityOn: value.leftFacilityOn as ClassMember["leftFacilityOn"] } : {}),
    ...(prerequisites ? { prerequisites } : {}),
    months,
  };
}
