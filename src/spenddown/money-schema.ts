import * as z from "zod/mini";
import { describeValue } from "../core/describe-value.js";
import { frozen } from "../core/freeze.js";
import { DOLLARS_REASON, DOLLARS_TEXT, toCents } from "./money.js";

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
        z.number({ error: DOLLARS_REASON }).check(z.nonnegative({ error: DOLLARS_REASON })),
        z.string({ error: DOLLARS_REASON }).check(z.regex(DOLLARS_TEXT, { error: DOLLARS_REASON })),
      ],
      { error: DOLLARS_REASON },
    ),
    z.transform((value, ctx) => {
      const cents = toCents(value);
      if (cents === null) {
        ctx.issues.push({ code: "custom", message: `${DOLLARS_REASON}, got ${describeValue(value)}`, input: value });
        return z.NEVER;
      }
      return cents;
    }),
  ),
);
