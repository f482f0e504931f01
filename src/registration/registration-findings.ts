import type { Finding } from "../core/types.js";
import type { RuleBook } from "../rules/model.js";
import { parameterInForce } from "../rules/registry.js";
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
export function registrationFindingsOf(r: ParsedRegistrationRequest, ruleBook?: RuleBook): Finding[] {
  const findings: Finding[] = [];
  const templateFrom = parameterInForce("REGISTRATION-BULK", r.submittedOn, "templateFrom", { rules: ruleBook });
  if (typeof templateFrom === "number" && r.individuals >= templateFrom && !r.usedMultipleTemplate) {
    findings.push({
      ruleId: "REGISTRATION-BULK",
      code: "multiple-template-not-used",
      party: "provider",
      severity: "warning",
      message:
        `The request registers ${r.individuals} individuals without the multiple registration template, which ` +
        "the HFS Provider Notice of 2023-02-22 says must be used when registering multiple providers or facilities.",
      events: [`registration request ${r.submittedOn}`],
      date: r.submittedOn,
    });
  }
  if (!r.complete && (r.missing?.length ?? 0) === 0) {
    findings.push({
      ruleId: "REGISTRATION-INCOMPLETE",
      code: "missing-fields-not-named",
      party: "provider",
      severity: "warning",
      message:
        "The request is marked incomplete but names no missing field; the provider cannot tell what to complete.",
      events: [`registration request ${r.submittedOn}`],
      date: r.submittedOn,
    });
  }
  return findings;
}
