import { countText, cutText } from "../core/describe-value.js";
import { frozen } from "../core/freeze.js";
import type { IsoDate } from "../core/iso-date.js";
import { choiceFact, countFact, dateFact, maybeFact, textFact } from "../findings/facts.js";
import { defineFindingKinds, findingCodeEntries, type FindingOf, findingKind } from "../findings/kind.js";

// The facts that name a contact entry: its channel, the day it was entered and its id, if any.
const ENTRY = frozen({ channel: choiceFact(["file transfer", "manual alternate contact"]), enteredOn: dateFact });
const ENTRY_ID = frozen({ entryId: maybeFact(textFact) });
const TRIGGERS = choiceFact(["waiver assignment notified", "care coordinator changed"]);
type Entry = { readonly channel: string; readonly enteredOn: IsoDate; readonly entryId: string | null };

const entryLabel = (e: Entry) =>
  `${e.channel === "file transfer" ? "file transfer" : "manual Alternate Contact"} of ${e.enteredOn}` +
  `${e.entryId ? ` (${e.entryId})` : ""}`;
/** A care coordinator's contact value as quoted in a finding, cut to a few dozen characters. */
const quoted = (value: string | null): string => (value === null ? "null" : JSON.stringify(cutText(value)));
const days = (n: number) => countText(n, "day");

const LATE = frozen({
  triggerDate: dateFact,
  dueDate: dateFact,
  metOn: dateFact,
  ...ENTRY,
  ...ENTRY_ID,
  daysLate: countFact,
});
const MISSED = frozen({ triggerDate: dateFact, dueDate: dateFact, asOf: dateFact, daysLate: countFact });
type Due = { readonly triggerDate: IsoDate; readonly dueDate: IsoDate; readonly daysLate: number };
const late = (trigger: string, name: string) => (f: Entry & Due & { readonly metOn: IsoDate }) =>
  `${trigger} ${f.triggerDate}: ${name} due ${f.dueDate}: met late on ${f.metOn} by ${entryLabel(f)}, ` +
  `${days(f.daysLate)} late`;
const missed = (trigger: string, name: string) => (f: Due & { readonly asOf: IsoDate }) =>
  `${trigger} ${f.triggerDate}: ${name} due ${f.dueDate}: missed, not met as of ${f.asOf} ` +
  `(${days(f.daysLate)} past due)`;
const ruleOf = (trigger: string) =>
  trigger === "waiver assignment notified" ? "WEBCM-INITIAL-DUE" : "WEBCM-CHANGE-DUE";

/** The kinds of finding the WebCM rules give, by code: rule, severity, facts and message (docs/rules.md). */
export const WEBCM_FINDINGS = defineFindingKinds({
  "initial-contact-late": findingKind({
    rules: ["WEBCM-INITIAL-DUE"],
    severity: "warning",
    party: "MCO",
    summary: "The first complete contact after the HSP waiver assignment notice was entered after the 15-day deadline.",
    facts: LATE,
    message: late("waiver assignment notified", "initial contact"),
  }),
  "initial-contact-missed": findingKind({
    rules: ["WEBCM-INITIAL-DUE"],
    severity: "error",
    party: "MCO",
    summary:
      "No complete contact has been entered and the 15-day deadline after the HSP waiver assignment notice has passed.",
    facts: MISSED,
    message: missed("waiver assignment notified", "initial contact"),
  }),
  "rule-not-in-force": findingKind({
    rules: ["WEBCM-INITIAL-DUE", "WEBCM-CHANGE-DUE"],
    severity: "info",
    party: "MCO",
    summary:
      "The HSP waiver assignment notice or care coordinator change is dated before the contact deadline was in " +
      "force: no deadline.",
    facts: { trigger: TRIGGERS, triggerDate: dateFact },
    message: (f) => `${f.trigger} on ${f.triggerDate}: ${ruleOf(f.trigger)} was not in force then, no deadline`,
  }),
  "updated-contact-late": findingKind({
    rules: ["WEBCM-CHANGE-DUE"],
    severity: "warning",
    party: "MCO",
    summary: "The first contact naming the new care coordinator was entered after the 15-day deadline.",
    facts: LATE,
    message: late("care coordinator changed", "updated contact"),
  }),
  "updated-contact-missed": findingKind({
    rules: ["WEBCM-CHANGE-DUE"],
    severity: "error",
    party: "MCO",
    summary: "No contact naming the new care coordinator has been entered and the 15-day deadline has passed.",
    facts: MISSED,
    message: missed("care coordinator changed", "updated contact"),
  }),
  "former-coordinator-named": findingKind({
    rules: ["WEBCM-CHANGE-DUE"],
    severity: "warning",
    party: "MCO",
    summary:
      "A contact entered after a change names a coordinator other than the one responsible: it does not meet the " +
      "change deadline.",
    facts: { ...ENTRY, ...ENTRY_ID, namedCoordinator: textFact, responsibleCoordinator: textFact, changedOn: dateFact },
    message: (f) =>
      `${entryLabel(f)} names ${JSON.stringify(f.namedCoordinator)}, not the new care coordinator ` +
      `${JSON.stringify(f.responsibleCoordinator)} (changed ${f.changedOn}): it does not meet the change deadline`,
  }),
  "contact-field-invalid": findingKind({
    rules: ["WEBCM-CONTACT-FIELDS"],
    severity: "error",
    party: "MCO",
    summary: "A contact entry has a missing or malformed name, e-mail or telephone: it does not meet a deadline.",
    facts: {
      ...ENTRY,
      ...ENTRY_ID,
      field: choiceFact(["name", "email", "telephone"]),
      value: maybeFact(textFact),
      problem: choiceFact(["missing", "malformed"]),
      reason: textFact,
    },
    message: (f) =>
      `${entryLabel(f)}: ${f.field} ${quoted(f.value)}: ${f.reason}; this contact does not meet a deadline`,
  }),
});

/** A finding of the WebCM rules: a union keyed by `code`, each with its facts as fields. */
export type WebcmFinding = FindingOf<typeof WEBCM_FINDINGS>;

/** The kinds of finding the WebCM rules give, as catalogue entries (one per rule a kind is raised under). */
export const WEBCM_FINDING_CODES = findingCodeEntries(WEBCM_FINDINGS);
