import { CONTACT_FIELDS, type ContactField } from "./contact-schemas.js";
import type { CareCoordinatorContact } from "./schemas.js";
import { frozen } from "../core/freeze.js";

export type { ContactField } from "./contact-schemas.js";

/** One missing or malformed field of a contact. */
export interface ContactIssue {
  readonly field: ContactField;
  readonly value: string | null;
  readonly problem: "missing" | "malformed";
  readonly reason: string;
}

const LABEL: Record<ContactField, string> = frozen({
  name: "name",
  email: "e-mail address",
  telephone: "telephone number",
});

/** @internal {@link contactIssues} of a contact of a parsed history. */
export function contactIssuesOf(contact: CareCoordinatorContact): ContactIssue[] {
  const issues: ContactIssue[] = [];
  for (const [field, schema] of CONTACT_FIELDS) {
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
