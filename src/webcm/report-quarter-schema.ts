import * as z from "zod/mini";
import { frozen } from "../core/freeze.js";

/** A reporting quarter, written `YYYY-Qn` (e.g. `2024-Q2` = April-June 2024). */
export const WebcmQuarterSchema = frozen(
  z.string().check(z.regex(/^\d{4}-Q[1-4]$/, { error: "expected a calendar quarter YYYY-Qn, e.g. 2024-Q2" })),
);
