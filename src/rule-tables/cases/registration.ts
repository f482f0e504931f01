import * as z from "zod/mini";
import { evaluateRegistration } from "../../api/operations/registration.js";
import { CalendarInputSchema } from "../../calendar/calendar-input-schema.js";
import { resolveCalendar } from "../../api/resolve-calendar.js";
import type { CaseEvaluator } from "../../core/case-evaluator.js";
import { parseInput } from "../../core/errors.js";
import { frozen } from "../../core/freeze.js";

// The rule-table evaluators of registration (test/rule-tables/registration*.yaml): an adapter
// from a table's row to the operations (src/api/operations/registration.ts), as a caller would
// call them. A row gives the request as `request`, the open-point options as `options`, a
// calendar as `calendar`. The options are checked by the function itself, so rows see its errors.
const Row = z.strictObject({
  request: z.unknown(),
  options: z.optional(z.record(z.string(), z.unknown())),
  calendar: z.optional(CalendarInputSchema),
});

/** Rule-table evaluators of the REGISTRATION-* rules. */
export const REGISTRATION_CASES: Readonly<Record<string, CaseEvaluator>> = frozen({
  evaluateRegistration: (input) => {
    const row = parseInput(Row, input, "REGISTRATION-PROCESSING");
    return evaluateRegistration(row.request as never, {
      options: (row.options ?? {}) as never,
      calendar: resolveCalendar(row.calendar),
    });
  },
});
