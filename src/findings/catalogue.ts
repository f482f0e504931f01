// Every area's kinds of finding, gathered: the one `Finding` union (keyed by `code`) that outputs,
// the work queue and the public types take, and its schema. A new area adds its kinds here.
import { frozen } from "../core/freeze.js";
import { PORTAL_FINDINGS, type PortalFinding } from "../portal/finding-codes.js";
import { REGISTRATION_FINDINGS, type RegistrationFinding } from "../registration/finding-codes.js";
import { SANCTION_FINDINGS, type SanctionFinding } from "../sanctions/finding-codes.js";
import { SPENDDOWN_FINDINGS, type SpenddownFinding } from "../spenddown/finding-codes.js";
import { WEBCM_FINDINGS, type WebcmFinding } from "../webcm/finding-codes.js";
import type { FindingKinds } from "./kind.js";
import { findingSchemaOf } from "./schema.js";

/**
 * A rule the facts break, or a fact worth flagging: a union keyed by `code`, each code with its
 * facts as fields (docs/rules.md lists them by rule). Tell findings apart by `code`, read their
 * facts from their fields, and never parse `message`.
 */
export type Finding = PortalFinding | SanctionFinding | RegistrationFinding | WebcmFinding | SpenddownFinding;

/** Every finding code, one union. */
export type FindingCode = Finding["code"];

const AREAS: readonly FindingKinds[] = frozen([
  PORTAL_FINDINGS,
  SANCTION_FINDINGS,
  REGISTRATION_FINDINGS,
  WEBCM_FINDINGS,
  SPENDDOWN_FINDINGS,
]);

// A code is one kind across the library: two areas giving one code would give it two sets of
// facts. A programming error, thrown when the module loads.
function gather(areas: readonly FindingKinds[]): FindingKinds {
  const all: Record<string, FindingKinds[string]> = {};
  for (const area of areas)
    for (const [code, kind] of Object.entries(area)) {
      if (Object.hasOwn(all, code)) throw new Error(`Finding kinds: the code ${code} is given by two areas`);
      all[code] = kind;
    }
  return Object.freeze(all);
}

/** Every kind of finding, by code. */
export const FINDING_KINDS: FindingKinds = gather(AREAS);

/** The schema of a {@link Finding}: one strict branch per code, keyed by `code` (shipped as JSON Schema). */
export const FindingSchema = findingSchemaOf(FINDING_KINDS);
