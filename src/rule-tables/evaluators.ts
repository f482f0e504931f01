// The one place where rule-table evaluators are registered: every area's cases.ts, by area.
// A new area adds its line here (and nowhere else), so `kind` names are easy to find.
import type { CaseEvaluator } from "../core/case-evaluator.js";
import { CALENDAR_CASES } from "./cases/calendar.js";
import { PORTAL_CASES } from "./cases/portal.js";
import { STATISTICS_CASES } from "./cases/statistics.js";
import { QUEUE_CASES } from "./cases/queue.js";
import { REGISTRATION_CASES } from "./cases/registration.js";
import { SANCTION_CASES } from "./cases/sanctions.js";
import { SPENDDOWN_CASES } from "./cases/spenddown.js";
import { WEBCM_CASES } from "./cases/webcm.js";
import { frozen } from "../core/freeze.js";

export type { CaseEvaluator } from "../core/case-evaluator.js";

const AREAS: readonly Readonly<Record<string, CaseEvaluator>>[] = frozen([
  CALENDAR_CASES,
  PORTAL_CASES,
  SANCTION_CASES,
  STATISTICS_CASES,
  REGISTRATION_CASES,
  WEBCM_CASES,
  SPENDDOWN_CASES,
  QUEUE_CASES,
]);

function gather(areas: readonly Readonly<Record<string, CaseEvaluator>>[]): Readonly<Record<string, CaseEvaluator>> {
  const all: Record<string, CaseEvaluator> = {};
  for (const area of areas) {
    for (const [kind, evaluate] of Object.entries(area)) {
      // Two areas naming one kind would silently hide an evaluator: a programming error.
      if (Object.hasOwn(all, kind)) throw new Error(`rule-table kind ${kind} is registered twice`);
      all[kind] = evaluate;
    }
  }
  return Object.freeze(all);
}

/**
 * Every evaluator a rule table can name in `kind`, from every area (calendar, portal, sanctions, portal statistics,
 * registration, WebCM, spenddown, work queue).
 */
export const CASE_EVALUATORS: Readonly<Record<string, CaseEvaluator>> = frozen(gather(AREAS));
