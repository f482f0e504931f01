import { dateFact, textsFact } from "../findings/facts.js";
import { defineFindingKinds, findingCodeEntries, type FindingOf, findingKind } from "../findings/kind.js";

import { PORTAL_RULE_IDS, CLOSURE_RULE_IDS, closureReason } from "./finding-kinds/shared.js";
import { INTAKE, INTAKE_CLOSURES } from "./finding-kinds/intake.js";
import { EXTENSIONS, HISTORY } from "./finding-kinds/history.js";
import { FINES, PROPOSAL, REVIEW } from "./finding-kinds/proposal.js";

export { type ClosureCode, closureCode } from "./finding-kinds/shared.js";

/**
 * The kinds of finding the portal rules give, by code: rules, severity, party, facts and message
 * (docs/rules.md). `outside-modelled-policy` is listed under every PORTAL-* rule (a ticket filed
 * before the new portal process names the first rule not in force on its filing date, which
 * depends on the registry's versions); `closed-again` under every closure rule (it names the rule
 * of the event's reason).
 */
export const PORTAL_FINDINGS = defineFindingKinds({
  "outside-modelled-policy": findingKind({
    rules: PORTAL_RULE_IDS,
    severity: "warning",
    party: "HFS Portal Team",
    summary: "Filed before the new portal process: only the rules then in force are evaluated.",
    facts: { filedOn: dateFact, newPortalFrom: dateFact, rulesNotInForce: textsFact },
    message: (f) =>
      `Filed ${f.filedOn}, before the new portal process of ${f.newPortalFrom}: outside the modelled ` +
      `policy. Only the rules then in force are evaluated; not evaluated: ${f.rulesNotInForce.join(", ")}.`,
  }),
  ...INTAKE_CLOSURES,
  "closed-again": findingKind({
    rules: CLOSURE_RULE_IDS,
    severity: "info",
    party: "HFS Portal Team",
    summary: "Closed again for another reason; the first closure stands.",
    facts: { reason: closureReason, closedOn: dateFact, firstReason: closureReason, firstClosedOn: dateFact },
    message: (f) =>
      `Ticket closed as "${f.reason}" on ${f.closedOn}; it was already closed as "${f.firstReason}" on ` +
      `${f.firstClosedOn}.`,
  }),
  ...INTAKE,
  ...HISTORY,
  ...EXTENSIONS,
  ...PROPOSAL,
  ...REVIEW,
  ...FINES,
});

/** A finding of the portal rules: a union keyed by `code`, each with its facts as fields. */
export type PortalFinding = FindingOf<typeof PORTAL_FINDINGS>;

/** The code of a portal finding. */
export type PortalFindingCode = PortalFinding["code"];

/**
 * The kinds of finding the portal rules give, each with its stable code (docs/rules.md): the
 * pair (ruleId, code) names one kind; `severity` is the severity every such finding has.
 *
 * @example PORTAL_FINDING_CODES.find((c) => c.code === "proposal-overdue")?.ruleId // "PORTAL-OVERDUE"
 */
export const PORTAL_FINDING_CODES = /* @__PURE__ */ findingCodeEntries(PORTAL_FINDINGS);
