import * as z from "zod/mini";
import { frozen } from "../core/freeze.js";

/**
 * Open point 2 (docs/interpretations.md): a deadline the text gives without a roll off weekends
 * and State Holidays. One option name in every area, `unstatedRoll`: `none` (the date as
 * written, every area's default) or `forward` (the next business day).
 */
export const UnstatedRollSchema = frozen(z.enum(["none", "forward"]));
/** {@link UnstatedRollSchema} where the area also allows `backward` (the preceding business day). */
export const UnstatedRollOrBackwardSchema = frozen(z.enum(["none", "forward", "backward"]));
