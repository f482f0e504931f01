import * as z from "zod/mini";
import { frozen } from "../core/freeze.js";
import { IsoDateSchema } from "../core/iso-date.js";
import { DEADLINE_STATUSES, PARTIES } from "../core/types.js";

// What the iCalendar export reads of a deadline or an explanation: the fields it writes, checked
// at the boundary so that a wrong argument is a RuleInputError naming it, never a TypeError from
// deep inside ical-generator. Extra fields are allowed: a whole Deadline or Explanation is given.

/** The parts of a Deadline's {@link Explanation} an event description uses (its text is rendered from them). */
const DeadlineExplanationForEntrySchema = z.looseObject({
  start: IsoDateSchema,
  startLabel: z.optional(z.string()),
  result: IsoDateSchema,
  steps: z.array(z.looseObject({ reason: z.string() })),
});

/** The parts of a standalone {@link Explanation} an event uses: it carries its rule ID. */
export const ExplanationForEntrySchema = frozen(z.extend(DeadlineExplanationForEntrySchema, { ruleId: z.string() }));

/** The parts of a {@link Deadline} an event uses. */
export const DeadlineForEntrySchema = frozen(
  z.looseObject({
    ruleId: z.string(),
    name: z.string(),
    party: z.enum(PARTIES),
    dueDate: IsoDateSchema,
    status: z.enum(DEADLINE_STATUSES),
    metOn: z.nullable(IsoDateSchema),
    explanation: DeadlineExplanationForEntrySchema,
  }),
);

/** The UID parts: one text or a list of texts. */
export const UidPartsSchema = frozen(z.union([z.string(), z.array(z.string())]));

/** One calendar entry, as {@link toICalendar} takes it. */
export const CalendarEntrySchema = frozen(
  z.strictObject({
    uid: z.string().check(z.minLength(1)),
    date: IsoDateSchema,
    summary: z.string(),
    ruleId: z.string(),
    description: z.string(),
  }),
);

/** The options of {@link toICalendar}. */
export const ICalendarOptionsSchema = frozen(z.strictObject({ name: z.string(), asOf: IsoDateSchema }));
