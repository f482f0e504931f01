import { CALENDAR_CASES } from "../calendar/cases.js";
import { PORTAL_CASES } from "../portal/cases.js";
import { QUEUE_CASES } from "../queue/cases.js";
import { REGISTRATION_CASES } from "../registration/cases.js";
import { SANCTION_CASES } from "../sanctions/cases.js";
import { SPENDDOWN_CASES } from "../spenddown/cases.js";
import { WEBCM_CASES } from "../webcm/cases.js";

/** A rule-table evaluator: takes a row's raw input (validated inside), returns plain data. */
export type CaseEvaluator = (input: unknown) => unknown;

/** Every evaluator a rule table can name in `kind`, from every area. */
export const CASE_EVALUATORS: Readonly<Record<string, CaseEvaluator>> = {
  ...CALENDAR_CASES,
  ...PORTAL_CASES,
  ...SANCTION_CASES,
  ...REGISTRATION_CASES,
  ...WEBCM_CASES,
  ...SPENDDOWN_CASES,
  ...QUEUE_CASES,
};
