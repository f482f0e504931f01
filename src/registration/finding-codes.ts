import { countText } from "../core/describe-value.js";
import { countFact } from "../findings/facts.js";
import { defineFindingKinds, findingCodeEntries, type FindingOf, findingKind } from "../findings/kind.js";

/** The kinds of finding the registration rules give, by code: rule, severity, facts and message (docs/rules.md). */
export const REGISTRATION_FINDINGS = defineFindingKinds({
  "multiple-template-not-used": findingKind({
    rules: ["REGISTRATION-BULK"],
    severity: "warning",
    party: "provider",
    summary: "Several individuals are registered without the multiple registration template.",
    facts: { individuals: countFact },
    message: (f) =>
      `The request registers ${countText(f.individuals, "individual")} without the multiple registration ` +
      "template, which the HFS Provider Notice of 2023-02-22 says must be used when registering multiple " +
      "providers or facilities.",
  }),
  "missing-fields-not-named": findingKind({
    rules: ["REGISTRATION-INCOMPLETE"],
    severity: "warning",
    party: "provider",
    summary: "The request is marked incomplete but names no missing field.",
    facts: {},
    message: () =>
      "The request is marked incomplete but names no missing field; the provider cannot tell what to complete.",
  }),
});

/** A finding of the registration rules: a union keyed by `code`, each with its facts as fields. */
export type RegistrationFinding = FindingOf<typeof REGISTRATION_FINDINGS>;

/** The kinds of finding the registration rules give, as catalogue entries (one per rule a kind is raised under). */
export const REGISTRATION_FINDING_CODES = findingCodeEntries(REGISTRATION_FINDINGS);
