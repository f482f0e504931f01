import * as z from "zod/mini";
import { DATE_REASON, describeDate, type IsoDate, isIsoDate } from "./dates.js";
import { frozen } from "./freeze.js";

const dateError = (issue: { input?: unknown }) => `${DATE_REASON}, got ${describeDate(issue.input)}`;

/** The supported years 1900-2199, as a pattern for the JSON Schema (isIsoDate is the test). */
const SUPPORTED_YEARS = /^(?:19|20|21)\d\d-/;

/**
 * zod schema of an {@link IsoDate}; the error message says what is wrong, never the value. Built on
 * `z.iso.date()` and the supported years so that its JSON Schema is `{ type: "string", format:
 * "date", allOf: [pattern, years] }`: what the schema accepts, the library accepts.
 *
 * @example IsoDateSchema.parse("2024-07-04") // "2024-07-04"
 */
export const IsoDateSchema = frozen(
  z.iso
    .date({ error: dateError, abort: true })
    .check(
      z.regex(SUPPORTED_YEARS, { error: dateError, abort: true }),
      z.refine(isIsoDate, { error: dateError }),
      z.meta({ format: "date" }),
    ) as unknown as z.ZodMiniType<IsoDate, string>,
);

/** Years 1900-2198: a date a ticket's deadlines start from leaves them room inside the range. */
const TICKET_YEARS = /^(?:19\d\d|20\d\d|21[0-8]\d|219[0-8])-/;

/** The last day a fact of a ticket may be dated: its deadlines (weeks to months) stay in range. */
export const LAST_TICKET_DATE = "2198-12-31" as IsoDate;

const ticketDateError = (issue: { input?: unknown }) =>
  isIsoDate(issue.input)
    ? `expected a date up to ${LAST_TICKET_DATE} (its deadlines must stay before 2199-12-31), got a later date`
    : dateError(issue);

/**
 * zod schema of a date a Provider Resolution Portal ticket starts deadlines from: an
 * {@link IsoDate} of 1900-2198, so that every deadline counted from it stays in the supported
 * range. A valid ticket is then never refused for a date its rules compute.
 *
 * @example TicketDateSchema.parse("2024-07-04") // "2024-07-04"
 */
export const TicketDateSchema = frozen(
  z.iso
    .date({ error: dateError, abort: true })
    .check(
      z.regex(TICKET_YEARS, { error: ticketDateError, abort: true }),
      z.refine(isIsoDate, { error: dateError }),
      z.meta({ format: "date" }),
    ) as unknown as z.ZodMiniType<IsoDate, string>,
);

/** The test of {@link TicketDateSchema}, without zod (the fast path of clean tickets). */
export function isTicketDate(value: unknown): value is IsoDate {
  return isIsoDate(value) && value <= LAST_TICKET_DATE;
}
