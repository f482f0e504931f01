import { raiseFinding } from "../findings/kind.js";
import type { RuleBook } from "../rules/model.js";
import { parameterInForce } from "../rules/registry.js";
import { REGISTRATION_FINDINGS, type RegistrationFinding } from "./finding-codes.js";
import type { ParsedRegistrationRequest } from "./request-schema.js";

export type { ParsedRegistrationRequest } from "./request-schema.js";

/**
 * Findings about a registration request: several individuals registered without the
 * multiple-registration template (REGISTRATION-BULK), and an incomplete request that names no
 * missing field (REGISTRATION-INCOMPLETE). Policy: a parsed request in; the boundary
 * (src/api/operations/registration.ts) checks the arguments.
 *
 * @example registrationFindingsOf(parsedRequest)[0]?.code // "multiple-template-not-used"
 */
export function registrationFindingsOf(r: ParsedRegistrationRequest, ruleBook?: RuleBook): RegistrationFinding[] {
  const findings: RegistrationFinding[] = [];
  const place = { events: [`registration request ${r.submittedOn}`], date: r.submittedOn };
  const templateFrom = parameterInForce("REGISTRATION-BULK", r.submittedOn, "templateFrom", { rules: ruleBook });
  if (typeof templateFrom === "number" && r.individuals >= templateFrom && !r.usedMultipleTemplate)
    findings.push(
      raiseFinding(REGISTRATION_FINDINGS, "multiple-template-not-used", { individuals: r.individuals }, place),
    );
  if (!r.complete && (r.missing?.length ?? 0) === 0)
    findings.push(raiseFinding(REGISTRATION_FINDINGS, "missing-fields-not-named", {}, place));
  return findings;
}
