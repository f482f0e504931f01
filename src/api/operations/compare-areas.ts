import { RuleInputError } from "../../core/errors.js";
import type { ImpactArea } from "../../impact/open-points.js";
import type { AreaEvaluation, CaseError, EvaluatedCase, WhatIfInputs, WhatIfSide } from "../../impact/what-if-types.js";
import { createTicketEvaluator } from "./portal.js";
import { evaluateRegistration } from "./registration.js";
import { evaluateSanctionNotices } from "./sanctions.js";
import { evaluateProviderQuarter } from "./spenddown.js";
import { evaluateContactDeadlines } from "./webcm.js";

// Each area's cases evaluated under one side of a comparison (docs/what-if.md), through the
// public checked operations, as a caller would: nothing here re-implements a rule. A case is one
// input (a ticket, a member's WebCM history, a provider quarter, a registration request), or, for
// sanctions, one notice of the fines given.

/** The key of each area's list in {@link WhatIfInputs}. */
export const INPUT_KEYS: Readonly<Record<ImpactArea, keyof WhatIfInputs>> = Object.freeze({
  portal: "tickets",
  webcm: "webcmMembers",
  spenddown: "spenddownQuarters",
  sanctions: "fines",
  registration: "registrations",
});

function areaSettings(area: ImpactArea, asOf: string, side: WhatIfSide): Record<string, unknown> {
  const options = side.options?.[area];
  return {
    asOf,
    ...(side.calendar === undefined ? {} : { calendar: side.calendar }),
    ...(options === undefined ? {} : { options }),
    ...(side.rules === undefined ? {} : { rules: side.rules }),
  };
}

type Field = Readonly<Record<string, unknown>>;
const field = (v: unknown, k: string): unknown => (v !== null && typeof v === "object" ? (v as Field)[k] : undefined);

function perItem(area: ImpactArea, settings: Record<string, unknown>): (input: unknown, i: number) => EvaluatedCase {
  switch (area) {
    case "portal": {
      const evaluator = createTicketEvaluator(settings as never);
      return (t, index) => {
        const result = evaluator.evaluate(t as never);
        return { index, label: String(result.ticketNumber), result };
      };
    }
    case "webcm":
      return (h, index) => {
        const result = evaluateContactDeadlines(h as never, settings as never);
        return { index, label: `WebCM member ${index + 1} (${result.mco})`, result };
      };
    case "spenddown":
      return (q, index) => {
        const result = evaluateProviderQuarter(q as never, settings as never);
        const quarter = field(field(result.standards, "quarter"), "id");
        return { index, label: `${result.provider} ${String(quarter)}`, result };
      };
    default:
      return (r, index) => ({
        index,
        label: `registration ${index + 1}`,
        result: evaluateRegistration(r as never, settings as never),
      });
  }
}

/**
 * The cases of one area evaluated under one side. A case the library refuses is an error of its
 * own (the others go on); a bad setting refuses every case of the area with the same issues.
 */
export function evaluateArea(
  area: ImpactArea,
  inputs: readonly unknown[],
  asOf: string,
  side: WhatIfSide,
): AreaEvaluation {
  const settings = areaSettings(area, asOf, side);
  const cases = new Map<string, EvaluatedCase>();
  const errors: CaseError[] = [];
  const refused = new Set<string>();
  const refuse = (index: number, error: unknown) => {
    if (!(error instanceof RuleInputError)) throw error;
    errors.push({ area, index, message: error.message, issues: error.issues });
  };
  if (area === "sanctions") {
    try {
      // A bad fine is an error of its own, by its position; the notices are those of the others.
      const collected = { ...settings, onError: "collect" };
      const { notices, invalidFines } = evaluateSanctionNotices({ fines: inputs } as never, collected as never);
      for (const { index, error } of invalidFines)
        errors.push({ area, index, message: error.message, issues: error.issues });
      notices.forEach((n, index) => {
        const key = `${n.notice.mco} ${n.notice.period.id}`;
        cases.set(key, { index, label: `notice to ${key}`, result: n });
      });
    } catch (error) {
      refuse(-1, error);
    }
    return { cases, errors, refused };
  }
  let evaluate: ((input: unknown, i: number) => EvaluatedCase) | undefined;
  inputs.forEach((input, index) => {
    try {
      evaluate ??= perItem(area, settings);
      cases.set(String(index), evaluate(input, index));
    } catch (error) {
      refused.add(String(index));
      refuse(index, error);
    }
  });
  return { cases, errors, refused };
}
