import * as z from "zod/mini";
import { describeValue } from "../core/describe-value.js";
import { RuleInputError } from "../core/errors.js";
import { frozen } from "../core/freeze.js";

// Money is exact: integer cents inside. Dollars are parsed from their decimal text, never by
// multiplying a float (1.15 * 100 === 114.99999999999999).
const DOLLARS_TEXT = /^(\d+)(?:\.(\d{1,2}))?$/;
const REASON =
  'expected dollars as a number or string with at most two decimals, e.g. 1005, "1005.00" or 99.99 (no "$", no commas, not negative)';

/**
 * Integer cents of a dollar amount written as decimal text (`"1005"`, `"99.9"`, `"99.99"`), or
 * null when the text is not such an amount.
 *
 * @example dollarsTextToCents("1.15") // 115
 */
export function dollarsTextToCents(text: string): number | null {
  if (typeof text !== "string") return null;
  const match = DOLLARS_TEXT.exec(text);
  if (!match) return null;
  const whole = match[1] ?? "0";
  const fraction = (match[2] ?? "").padEnd(2, "0");
  const cents = Number(whole) * 100 + Number(fraction);
  return Number.isSafeInteger(cents) && whole.length <= 16 ? cents : null;
}

/**
 * @internal Integer cents of what {@link DollarsSchema} accepts (a non-negative number or decimal
 * text), or null when it does not accept it. The fast path of clean Class Members.
 */
export function toCents(value: number | string): number | null {
  if (typeof value === "number") {
    // The shortest text of a finite number is its exact decimal reading (99.99 → "99.99").
    if (!Number.isFinite(value)) return null;
    return dollarsTextToCents(String(Object.is(value, -0) ? 0 : value));
  }
  return dollarsTextToCents(value);
}

/**
 * A non-negative dollar amount (a number, or a string of digits) with at most two decimals,
 * turned into integer cents exactly: `1005` → 100500, `"1005.00"` → 100500, `99.99` → 9999.
 * Anything else - three decimals, negative, NaN, `"1,005"`, `"$5"` - is an input error naming
 * the field.
 */
export const DollarsSchema = frozen(
  z.pipe(
    z.union(
      [
        z.number({ error: REASON }).check(z.nonnegative({ error: REASON })),
        z.string({ error: REASON }).check(z.regex(DOLLARS_TEXT, { error: REASON })),
      ],
      { error: REASON },
    ),
    z.transform((value, ctx) => {
      const cents = toCents(value);
      if (cents === null) {
        ctx.issues.push({ code: "custom", message: `${REASON}, got ${describeValue(value)}`, input: value });
        return z.NEVER;
      }
      return cents;
    }),
  ),
);

/**
 * Integer cents of a dollar amount, exactly; a bad amount is a RuleInputError naming `field`.
 *
 * @example dollarsToCents("1005.01") // 100501
 */
export function dollarsToCents(value: number | string, field = "amount", ruleId?: string): number {
  const cents = toCents(value);
  if (cents === null) throw new RuleInputError([{ field, value, reason: REASON, ...(ruleId ? { ruleId } : {}) }]);
  return cents;
}
