import { dueDate } from "../calendar/due-date.js";
import type { IsoDate } from "../core/iso-date.js";
import type { Explanation } from "../core/types.js";
import { callerBasisAt, parameterOf } from "../rules/registry.js";
import type { RegistrationFinding } from "./finding-codes.js";
import type { ResolvedRegistrationOptions } from "./options.js";
import { type ParsedRegistrationRequest, registrationFindingsOf } from "./registration-findings.js";

/** An incomplete request: denied until completed (REGISTRATION-INCOMPLETE). */
export interface RegistrationDenied {
  readonly outcome: "denied";
  readonly ruleId: "REGISTRATION-INCOMPLETE";
  readonly submittedOn: IsoDate;
  readonly missing: readonly string[];
  /** Always false: "the provider will not be able to enter a ticket" until it is completed. */
  readonly canEnterTickets: false;
  readonly message: string;
  readonly findings: readonly RegistrationFinding[];
  readonly options: Readonly<Record<string, string>>;
}

/** A complete request: the processing window (REGISTRATION-PROCESSING, REGISTRATION-BULK). */
export interface RegistrationWindow {
  readonly outcome: "processing";
  readonly ruleId: "REGISTRATION-PROCESSING" | "REGISTRATION-BULK";
  readonly submittedOn: IsoDate;
  readonly individuals: number;
  /** 10 or more individuals: the extended timeframe applies. */
  readonly bulk: boolean;
  /** The earliest processing date, or null when the reading sets none. */
  readonly earliestDate: IsoDate | null;
  /** The latest (expected-by) processing date, or null when the policy states none. */
  readonly latestDate: IsoDate | null;
  readonly earliest: Explanation | null;
  readonly latest: Explanation | null;
  readonly findings: readonly RegistrationFinding[];
  readonly options: Readonly<Record<string, string>>;
}

export type RegistrationOutcome = RegistrationDenied | RegistrationWindow;

/** The rule that decides a request: REGISTRATION-INCOMPLETE when incomplete, else REGISTRATION-PROCESSING. */
export function registrationRuleOf(
  r: ParsedRegistrationRequest,
): "REGISTRATION-INCOMPLETE" | "REGISTRATION-PROCESSING" {
  return r.complete ? "REGISTRATION-PROCESSING" : "REGISTRATION-INCOMPLETE";
}

function processingDate(submittedOn: IsoDate, o: ResolvedRegistrationOptions): Explanation {
  const lookup = { rules: o.ruleBook };
  return dueDate({
    ruleId: "REGISTRATION-PROCESSING",
    start: submittedOn,
    startLabel: "complete registration request submitted",
    amount: parameterOf("REGISTRATION-PROCESSING", submittedOn, "businessDays", lookup),
    counting: "business-days",
    calendar: o.calendar,
    businessDayStart: o.businessDayStart,
    options: { processingReading: o.processingReading },
    detail: o.detail,
    basis: callerBasisAt("REGISTRATION-PROCESSING", submittedOn, lookup),
  });
}

function extendedDate(processing: Explanation, submittedOn: IsoDate, o: ResolvedRegistrationOptions): Explanation {
  const lookup = { rules: o.ruleBook };
  const weeks = parameterOf("REGISTRATION-BULK", submittedOn, "extraWeeks", lookup);
  const business = o.bulkExtension === "15-business-days";
  return dueDate({
    ruleId: "REGISTRATION-BULK",
    start: processing.result,
    startLabel:
      `${processing.amount}-business-day processing date (submitted ${submittedOn}), then up to an additional ` +
      `${weeks} weeks:`,
    amount: business ? weeks * 5 : weeks * 7,
    counting: business ? "business-days" : "calendar-days",
    calendar: o.calendar,
    options: { processingReading: o.processingReading, bulkExtension: o.bulkExtension },
    // The bulk extension's reading chose the count (21 calendar or 15 business days).
    applied: ["bulkExtension"],
    detail: o.detail,
    basis: callerBasisAt("REGISTRATION-BULK", submittedOn, lookup),
  });
}

/**
 * What happens to a portal registration request: denied when incomplete (REGISTRATION-INCOMPLETE),
 * else its processing window (REGISTRATION-PROCESSING, REGISTRATION-BULK). Policy: a parsed
 * request and resolved options in; the boundary (src/api/operations/registration.ts) checks the
 * arguments, and that the rule applied (`registrationRuleOf`) is in force on `submittedOn`.
 *
 * @example registrationOutcomeOf(parsedRequest, resolvedOptions).outcome // "processing"
 */
export function registrationOutcomeOf(
  r: ParsedRegistrationRequest,
  o: ResolvedRegistrationOptions,
): RegistrationOutcome {
  const findings = registrationFindingsOf(r, o.ruleBook);
  if (!r.complete) {
    const missing = r.missing ?? [];
    const what = missing.length > 0 ? `missing: ${missing.join(", ")}` : "no missing field named";
    const message =
      `Registration request of ${r.submittedOn} is incomplete (${what}): denied; no ticket can be ` +
      "entered until it is completed.";
    return {
      outcome: "denied",
      ruleId: "REGISTRATION-INCOMPLETE",
      submittedOn: r.submittedOn,
      missing,
      canEnterTickets: false,
      message,
      findings,
      options: {},
    };
  }
  const processing = processingDate(r.submittedOn, o);
  const bulk = r.individuals >= parameterOf("REGISTRATION-BULK", r.submittedOn, "individuals", { rules: o.ruleBook });
  const extended = bulk ? extendedDate(processing, r.submittedOn, o) : null;
  const earliest = o.processingReading === "target" ? null : processing;
  const latest = extended ?? (o.processingReading === "floor" ? null : processing);
  return {
    outcome: "processing",
    ruleId: bulk ? "REGISTRATION-BULK" : "REGISTRATION-PROCESSING",
    submittedOn: r.submittedOn,
    individuals: r.individuals,
    bulk,
    earliestDate: earliest?.result ?? null,
    latestDate: latest?.result ?? null,
    earliest,
    latest,
    findings,
    options: {
      processingReading: o.processingReading,
      businessDayStart: o.businessDayStart,
      ...(bulk ? { bulkExtension: o.bulkExtension } : {}),
    },
  };
}
