import * as z from "zod/mini";
import { frozen } from "../core/freeze.js";
import { nameText } from "../core/text-schemas.js";
import { WebcmQuarterSchema } from "./report-quarter-schema.js";
import { WebcmMemberHistorySchema } from "./schemas.js";

// What a compliance report is made from, as zod schemas: the boundary validates with them
// (src/api/operations/webcm-runs.ts); the policy (compliance-report.ts) takes parsed members.

/** What a quarterly WEBCM-COMPLIANCE-REPORT is made from. */
export const WebcmComplianceReportInputSchema = frozen(
  z.strictObject({
    mco: nameText("the MCO"),
    /** The calendar quarter, e.g. `2024-Q2`. */
    quarter: WebcmQuarterSchema,
    /** Member histories; those of other MCOs are left out of this MCO's report. */
    members: z.array(WebcmMemberHistorySchema),
  }),
);

// The report's own fields are checked as a whole; the members one by one (onError).
/** @internal The report's own fields, checked by the boundary as a whole (the members one by one). */
export const ReportFieldsSchema = z.strictObject({
  ...WebcmComplianceReportInputSchema.shape,
  members: z.array(z.unknown()),
});
