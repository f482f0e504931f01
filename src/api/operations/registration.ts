import { parseInput, RuleInputError } from "../../core/errors.js";
import type { IsoDate } from "../../core/iso-date.js";
import type { RegistrationFinding } from "../../registration/finding-codes.js";
import type { RegistrationSettings } from "../../registration/options.js";
import { registrationFindingsOf } from "../../registration/registration-findings.js";
import {
  type RegistrationOutcome,
  registrationOutcomeOf,
  registrationRuleOf,
} from "../../registration/registration-processing.js";
import { type RegistrationRequest, RegistrationRequestSchema } from "../../registration/request-schema.js";
import { ruleVersionAt } from "../../rules/registry.js";
import type { RuleId } from "../../rules/rule-id.js";
import { data, settings } from "../arguments.js";
import { declareOperation, entry } from "../operation.js";
import { readRegistrationSettings } from "../settings/registration.js";

// Portal registration (docs/registration.md): each public operation declared once (src/api/operation.ts).
// The arguments are checked here, at the boundary, and nowhere in src/registration: the policy
// functions (registrationOutcomeOf, registrationFindingsOf) take a parsed request and resolved options.

/** A request submitted before the rule that decides it was in force is an error naming `submittedOn`. */
function requireInForce(ruleId: RuleId, submittedOn: IsoDate): void {
  if (ruleVersionAt(ruleId, submittedOn) === undefined) {
    throw new RuleInputError([
      {
        field: "submittedOn",
        value: submittedOn,
        reason: `${ruleId} is in force from its source, the HFS Provider Notice of 2023-02-22; no version on that date`,
        ruleId,
      },
    ]);
  }
}

/** The checked run of `evaluateRegistration`: the settings, the request, the rule in force. */
function evaluateRegistrationRun(request: RegistrationRequest, settings?: RegistrationSettings): RegistrationOutcome {
  const o = readRegistrationSettings(settings, "evaluateRegistration");
  const parsed = parseInput(RegistrationRequestSchema, request, "REGISTRATION-PROCESSING");
  requireInForce(registrationRuleOf(parsed), parsed.submittedOn);
  return registrationOutcomeOf(parsed, o);
}

function registrationFindingsRun(request: RegistrationRequest): RegistrationFinding[] {
  return registrationFindingsOf(parseInput(RegistrationRequestSchema, request, "REGISTRATION-PROCESSING"));
}

export const EVALUATE_REGISTRATION = /* @__PURE__ */ declareOperation({
  name: "evaluateRegistration",
  area: "registration",
  summary: "What happens to a portal registration request.",
  context: "REGISTRATION-PROCESSING",
  arguments: [/* @__PURE__ */ data("request", RegistrationRequestSchema), /* @__PURE__ */ settings()],
  settings: ["asOf", "calendar", "options", "detail", "rules"],
  run: evaluateRegistrationRun,
});

/**
 * What happens to a portal registration request. An incomplete one is denied with its missing
 * fields (REGISTRATION-INCOMPLETE); a complete one gets a processing window: the date 2 business
 * days after submission (REGISTRATION-PROCESSING), read as the earliest date by default (option
 * `processingReading`, open point 7), and for 10 or more individuals a latest date up to 3 more
 * weeks after it (REGISTRATION-BULK, option `bulkExtension`). Findings flag several individuals
 * registered without the multiple-registration template.
 *
 * @example
 * evaluateRegistration({ submittedOn: "2024-06-03", complete: true, individuals: 12, usedMultipleTemplate: true })
 * // { outcome: "processing", bulk: true, earliestDate: "2024-06-05", latestDate: "2024-06-26", … }
 */
export const evaluateRegistration = /* @__PURE__ */ entry(EVALUATE_REGISTRATION);

export const REGISTRATION_FINDINGS = /* @__PURE__ */ declareOperation({
  name: "registrationFindings",
  area: "registration",
  summary: "Findings about a registration request.",
  context: "REGISTRATION-INCOMPLETE",
  arguments: [/* @__PURE__ */ data("request", RegistrationRequestSchema)],
  settings: [],
  run: registrationFindingsRun,
});

/**
 * Findings about a registration request: several individuals registered without the
 * multiple-registration template (REGISTRATION-BULK: "registering multiple providers or
 * facilities, they must use the multiple registration template"), and an incomplete request that
 * names no missing field (REGISTRATION-INCOMPLETE).
 *
 * @example
 * registrationFindings({ submittedOn: "2024-06-03", complete: true, individuals: 12, usedMultipleTemplate: false })
 * // [{ ruleId: "REGISTRATION-BULK", code: "multiple-template-not-used", party: "provider", severity: "warning", … }]
 */
export const registrationFindings = /* @__PURE__ */ entry(REGISTRATION_FINDINGS);
