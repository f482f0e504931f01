import * as z from "zod/mini";
import { frozen } from "../core/freeze.js";

/** The options of the Illinois State Holidays (open point 12), as the boundary checks them. */
export const IllinoisOptionsSchema = frozen(
  z.strictObject({ juneteenth2022: z.optional(z.enum(["observed-monday", "none"])) }),
);
/** A calendar year as ISO dates write it (four digits), with the options. */
export const IllinoisYearSchema = frozen(
  z.object({ year: z.number().check(z.int(), z.gte(1), z.lte(9999)), options: IllinoisOptionsSchema }),
);
