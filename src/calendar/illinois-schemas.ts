import * as z from "zod/mini";
import { frozen } from "../core/freeze.js";

/** The options of the Illinois State Holidays (open point 12), as the boundary checks them. */
export const IllinoisOptionsSchema = frozen(
  z.strictObject({ juneteenth2022: z.optional(z.enum(["observed-monday", "none"])) }),
);
// Each call marked pure: a bundle that reads only the options (evaluateTicket's) drops this schema.
/** A calendar year as ISO dates write it (four digits), with the options. */
export const IllinoisYearSchema = /* @__PURE__ */ frozen(
  /* @__PURE__ */ z.object({
    year: /* @__PURE__ */ z
      .number()
      .check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1), /* @__PURE__ */ z.lte(9999)),
    options: IllinoisOptionsSchema,
  }),
);
