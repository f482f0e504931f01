import { z } from "zod";
import { CalendarInputSchema, resolveCalendar } from "../calendar/calendar-input.js";
import { parseInput } from "../core/errors.js";
import type { CaseEvaluator } from "../core/case-evaluator.js";
import { RegistrationOptionsSchema } from "./options.js";
import { registrationProcessing } from "./registration-processing.js";

// A row gives the request as `request`, the open-point options as `options`, a calendar as `calendar`.
const Row = z.object({ request: z.unknown(), options: RegistrationOptionsSchema.optional(), calendar: CalendarInputSchema.optional() }).strict();

/** Rule-table evaluators of the REGISTRATION-* rules. */
export const REGISTRATION_CASES: Readonly<Record<string, CaseEvaluator>> = {
  registrationProcessing: (input) => {
    const row = parseInput(Row, input, "REGISTRATION-PROCESSING");
    return registrationProcessing(row.request as never, { ...(row.options ?? {}), calendar: resolveCalendar(row.calendar) });
  },
};
