import * as z from "zod/mini";
import type { CareCoordinatorContact } from "./schemas.js";
import { frozen } from "../core/freeze.js";

/**
 * A US telephone number of 10 digits (NANP: area code and exchange start with 2-9) in the
 * common formats `312-555-0142`, `(312) 555-0142`, `312.555.0142`, `312 555 0142`, `3125550142`,
 * optionally preceded by `1` or `+1` and followed by an extension `x123` / `ext. 123`.
 */
const US_TELEPHONE =
  /^(?:\+?1[\s.-]?)?(?:\([2-9]\d{2}\)\s?|[2-9]\d{2}[\s.-]?)[2-9]\d{2}[\s.-]?\d{4}(?:\s*(?:[xX]|[eE][xX][tT]\.?)\s*\d{1,6})?$/;

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

/** One missing or malformed field of a contact. */
export interface ContactIssue {
  readonly field: ContactField;
  readonly value: string | null;
  readonly problem: "missing" | "malformed";
  readonly reason: string;
}

const FIELDS: readonly [ContactField, z.ZodMiniType][] = [
  ["name", CoordinatorNameSchema],
  ["email", CoordinatorEmailSchema],
  ["telephone", CoordinatorTelephoneSchema],
];

const LABEL: Record<ContactField, string> = { name: "name", email: "e-mail address", telephone: "telephone number" };

/** @internal {@link contactIssues} of a contact of a parsed history. */
export function contactIssuesOf(contact: CareCoordinatorContact): ContactIssue[] {
  const issues: ContactIssue[] = [];
  for (const [field, schema] of FIELDS) {
    const value = contact[field] ?? null;
    if (value === null || value.trim() === "") {
      issues.push({ field, value, problem: "missing", reason: `the care coordinator's ${LABEL[field]} is missing` });
      continue;
    }
    const result = schema.safeParse(value);
    if (!result.success) {
      issues.push({
        field,
        value,
        problem: "malformed",
        reason: result.error.issues[0]?.message ?? `malformed ${LABEL[field]}`,
      });
    }
  }
  return issues;
}

/** Compares coordinator names: case, surrounding and repeated blanks do not matter. */
export function sameCoordinator(a: string | null | undefined, b: string): boolean {
  const norm = (s: string) => s.trim().replace(/\s+/g, " ").toLocaleLowerCase("en-US");
  return a !== null && a !== undefined && norm(a) === norm(b);
}
