import * as z from "zod/mini";
import { UnstatedRollSchema } from "../calendar/unstated-roll-schema.js";
import { frozen } from "../core/freeze.js";

// The open-point options of the WEBCM-* functions as zod schemas (published at
// hfs-mco-rules/schemas): the boundary validates with them (src/api/settings/webcm.ts); the
// policy reads only their types.

/**
 * Open interpretation 2 (docs/interpretations.md) for WEBCM-INITIAL-DUE and WEBCM-CHANGE-DUE: is a 15-day
 * deadline on a weekend or State Holiday moved? The HSP contact policy states no roll.
 * - `none` (default): the 15th calendar day, as the text says;
 * - `forward`: rolled forward to the next business day (as CAL-ROLL-FORWARD does for the portal).
 */
export const WebcmUnstatedRollSchema = UnstatedRollSchema;
export type WebcmUnstatedRoll = z.infer<typeof WebcmUnstatedRollSchema>;

/** The open-point options of the WEBCM-* functions, as JSON (`settings.options`). */
export const WebcmOptionsSchema = frozen(z.strictObject({ unstatedRoll: z.optional(WebcmUnstatedRollSchema) }));

/** The open-point options of the WEBCM-* functions, as callers give them. */
export type WebcmOptions = z.input<typeof WebcmOptionsSchema>;
