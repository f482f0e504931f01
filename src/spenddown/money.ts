// Money is exact: integer cents inside. Dollars are parsed from their decimal text, never by
// multiplying a float (1.15 * 100 === 114.99999999999999).
/** Dollars as decimal text: digits, at most two decimals. */
export const DOLLARS_TEXT = /^(\d+)(?:\.(\d{1,2}))?$/;
/** Why an amount is not dollars (DollarsSchema, ./money-schema.ts, and dollarsToCents at the boundary). */
export const DOLLARS_REASON =
  'expected dollars as a number or string with at most two decimals, e.g. 1005, "1005.00" or 99.99 (no "$", no ' +
  "commas, not negative)";

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
