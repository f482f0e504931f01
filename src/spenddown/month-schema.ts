import * as z from "zod/mini";
import { describeValue } from "../core/describe-value.js";
import { frozen } from "../core/freeze.js";

/** `YYYY-MM`, months 01-12 (the schema's test, and the fast path's: isMonthText). */
export const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** A calendar month as `YYYY-MM` (a member-month of the spenddown program). */
export const SpenddownMonthSchema = frozen(
  z
    .string()
    .check(z.regex(MONTH_PATTERN, { error: (issue) => `expected a month YYYY-MM, got ${describeValue(issue.input)}` })),
);
export type SpenddownMonth = z.infer<typeof SpenddownMonthSchema>;

/** A list of months as `YYYY-MM` (e.g. the months a spenddown finding is about). */
export const SpenddownMonthsSchema = frozen(z.array(SpenddownMonthSchema));
