// The portal's kinds of finding at intake (intake.ts, resolution-findings.ts); finding-codes.ts gathers them.
import { frozen } from "../../core/freeze.js";
import { countFact, dateFact, maybeFact, textFact, textsFact } from "../../findings/facts.js";
import { findingKind } from "../../findings/kind.js";
import type { IntakeClosureReason } from "../schemas.js";

import { type ClosureCode, eventType, closedAtIntake, WINDOW, submitted } from "./shared.js";

export const INTAKE_CLOSURES = frozen({
  "closed-provider-not-registered": closedAtIntake(
    "provider not registered",
    "PORTAL-REGISTERED",
    {},
    () => "the provider is not registered to use the Portal",
  ),
  "closed-incomplete": closedAtIntake("incomplete", "PORTAL-COMPLETE", {}, () => "the submission is incomplete"),
  "closed-medicare-only": closedAtIntake(
    "Medicare only",
    "PORTAL-SCOPE-MEDICAID",
    {},
    () => "the complaint is Medicare only (the Portal handles the Medicaid portion only)",
  ),
  "closed-fee-for-service": closedAtIntake(
    "fee-for-service",
    "PORTAL-SCOPE-MEDICAID",
    {},
    () => "the complaint is about Medicaid fee-for-service, not an MCO",
  ),
  "closed-internal-process-not-used": closedAtIntake(
    "internal process not used",
    "PORTAL-INTERNAL-FIRST",
    { portalSubmittedOn: dateFact, submittedToMcoOn: dateFact },
    (f) =>
      `submitted to the Portal ${f.portalSubmittedOn}, not after the MCO's internal process (${f.submittedToMcoOn})`,
  ),
  "closed-missing-tracking-number": closedAtIntake(
    "missing tracking number",
    "PORTAL-TRACKING-NUMBER",
    {},
    () => "no MCO complaint tracking number",
  ),
  "closed-premature": closedAtIntake(
    "premature",
    "PORTAL-SUBMIT-EARLIEST",
    { ...WINDOW, earliest: dateFact },
    (f) => `${submitted(f)}, before day 30 (${f.earliest})`,
  ),
  "closed-not-timely": closedAtIntake(
    "not timely",
    "PORTAL-SUBMIT-LATEST",
    { ...WINDOW, latest: dateFact },
    (f) => `${submitted(f)}, after the last day ${f.latest}`,
  ),
  "closed-prior-authorization-not-obtained": closedAtIntake(
    "prior authorization not obtained",
    "PORTAL-PRIOR-AUTH",
    {},
    () => "the complaint involves failure to obtain a required prior authorization",
  ),
} as const satisfies { [R in IntakeClosureReason as ClosureCode<R>]: unknown });

// The findings of a ticket's intake: the submission's closures and its impossible dates and members.
export const INTAKE = frozen({
  "tracking-number-issue-date-unknown": findingKind({
    rules: ["PORTAL-TRACKING-NUMBER"],
    severity: "warning",
    party: "MCO",
    summary: "The tracking number has no issue date: the window counts from the submission to the MCO.",
    facts: { trackingNumber: textFact, submittedToMcoOn: dateFact },
    message: (f) =>
      `Tracking number ${f.trackingNumber} has no issue date; the submission window counts from the day the ` +
      `dispute was submitted to the MCO (${f.submittedToMcoOn}).`,
  }),
  "tracking-number-before-dispute": findingKind({
    rules: ["PORTAL-TRACKING-NUMBER"],
    severity: "warning",
    party: "MCO",
    summary: "The tracking number was issued before the dispute was submitted to the MCO.",
    facts: { issuedOn: dateFact, submittedToMcoOn: dateFact },
    message: (f) =>
      `Tracking number issued ${f.issuedOn}, before the dispute was submitted to the MCO (${f.submittedToMcoOn}).`,
  }),
  "tracking-number-after-submission": findingKind({
    rules: ["PORTAL-TRACKING-NUMBER"],
    severity: "warning",
    party: "provider",
    summary: "The tracking number was issued after the Portal submission.",
    facts: { issuedOn: dateFact, portalSubmittedOn: dateFact },
    message: (f) => `Tracking number issued ${f.issuedOn}, after the Portal submission (${f.portalSubmittedOn}).`,
  }),
  "resolution-before-dispute": findingKind({
    rules: ["PORTAL-INTERNAL-FIRST"],
    severity: "warning",
    party: "MCO",
    summary: "The internal resolution is dated before the dispute was submitted to the MCO.",
    facts: { resolvedOn: dateFact, submittedToMcoOn: dateFact },
    message: (f) =>
      `Internal resolution dated ${f.resolvedOn}, before the dispute was submitted to the MCO ` +
      `(${f.submittedToMcoOn}): a dispute cannot be resolved before it is filed; one of the two dates is wrong.`,
  }),
  "event-before-submission": findingKind({
    rules: ["PORTAL-INTERNAL-FIRST"],
    severity: "error",
    party: "HFS Portal Team",
    summary: "An event dated before the Portal submission: ignored.",
    facts: { eventType, eventOn: dateFact, filedOn: dateFact },
    message: (f) =>
      `${f.eventType} on ${f.eventOn}, before the ticket was submitted to the Portal (${f.filedOn}): ignored.`,
  }),
  "member-incomplete": findingKind({
    rules: ["PORTAL-SINGLE-TOPIC"],
    severity: "warning",
    party: "provider",
    summary: "A member lacks a name, a 9-digit Recipient Identification Number or a date of service.",
    // The privacy rule (docs/privacy.md): the member by position (0-based), the fields by name, the RIN by its length.
    facts: { memberIndex: countFact, incompleteFields: textsFact, recipientIdLength: maybeFact(countFact) },
    message: (f) =>
      `Member ${f.memberIndex + 1}: ${f.incompleteFields.map((field) => memberProblem(field, f)).join(", ")}.`,
  }),
  "access-to-care": findingKind({
    rules: ["PORTAL-EXPEDITE"],
    severity: "info",
    party: "HFS Portal Team",
    summary: "Impacts immediate access to care: to be expedited.",
    facts: {},
    message: () => "Impacts immediate access to care: to be expedited (the policy gives no period).",
  }),
} as const);

/** What a member lacks, in the words of `member-incomplete`. */
function memberProblem(field: string, f: { readonly recipientIdLength: number | null }): string {
  if (field === "name") return "no name";
  if (field === "datesOfService") return "no date of service";
  const n = f.recipientIdLength ?? 0;
  return `the Recipient Identification Number is not 9 digits (it has ${n} character${n === 1 ? "" : "s"})`;
}
