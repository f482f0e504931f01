import * as z from "zod/mini";
import { frozen } from "../core/freeze.js";

// The well-formed fields of a care-coordinator contact (WEBCM-CONTACT-FIELDS) as zod schemas
// (published at hfs-mco-rules/schemas). They do not check input: a malformed field is a fact of
// history, which `contactIssuesOf` (contact-issues.ts) reports as a finding.

/**
 * A US telephone number of 10 digits (NANP: area code and exchange start with 2-9) in the
 * common formats `312-555-0142`, `(312) 555-0142`, `312.555.0142`, `312 555 0142`, `3125550142`,
 * optionally preceded by `1` or `+1` and followed by an extension `x123` / `ext. 123`.
 */
const US_TELEPHONE = new RegExp(
  [
    /^(?:\+?1[\s.-]?)?/.source, // an optional country code 1 or +1
    /(?:\([2-9]\d{2}\)\s?|[2-9]\d{2}[\s.-]?)/.source, // the area code, in parentheses or not
    /[2-9]\d{2}[\s.-]?\d{4}/.source, // the exchange and the line number
    /(?:\s*(?:[xX]|[eE][xX][tT]\.?)\s*\d{1,6})?$/.source, // an optional extension x123 / ext. 123
  ].join(""),
);

/** A well-formed care-coordinator name: at least one letter (WEBCM-CONTACT-FIELDS). */
export const CoordinatorNameSchema = frozen(
  z.string().check(z.trim(), z.regex(/\p{L}/u, { error: "a name needs at least one letter" })),
);
/** A well-formed e-mail address (zod's `z.email()`). */
export const CoordinatorEmailSchema = frozen(
  z.pipe(z.string().check(z.trim()), z.email({ error: "not a valid e-mail address" })),
);
/** A US telephone number of 10 digits in a common format, see docs/webcm.md. */
export const CoordinatorTelephoneSchema = frozen(
  z
    .string()
    .check(z.trim(), z.regex(US_TELEPHONE, { error: "not a US telephone number of 10 digits (e.g. 312-555-0142)" })),
);

/** A contact with all three fields present and well-formed: what meets a WEBCM deadline. */
export const ValidCareCoordinatorContactSchema = frozen(
  z.object({
    name: CoordinatorNameSchema,
    email: CoordinatorEmailSchema,
    telephone: CoordinatorTelephoneSchema,
  }),
);

export type ContactField = "name" | "email" | "telephone";

/** @internal Each field of a contact with the schema of its well-formed value, in the order of findings. */
export const CONTACT_FIELDS: readonly (readonly [ContactField, z.ZodMiniType])[] = frozen([
  ["name", CoordinatorNameSchema],
  ["email", CoordinatorEmailSchema],
  ["telephone", CoordinatorTelephoneSchema],
]);
