import * as z from "zod/mini";
import { frozen } from "../core/freeze.js";
import { IsoDateSchema } from "../core/iso-date.js";
import { nameText } from "../core/text-schemas.js";
import { FinesSchema } from "./fine-schema.js";

/** A Portal Sanction Payment Notice HFS has issued: MCO, period and issue date. */
export const IssuedNoticeSchema = frozen(
  z.strictObject({
    mco: nameText("the MCO"),
    year: z.number().check(z.int()),
    quarter: z.number().check(z.int(), z.gte(1), z.lte(4)),
    issuedOn: IsoDateSchema,
  }),
);
export type IssuedNotice = z.infer<typeof IssuedNoticeSchema>;

/** The facts for `evaluateSanctionNotices`: the fines and the notices already issued (the date is `settings.asOf`). */
export const SanctionNoticesInputSchema = frozen(
  z.strictObject({ fines: FinesSchema, issued: z.optional(z.array(IssuedNoticeSchema)) }),
);
export type SanctionNoticesInput = z.input<typeof SanctionNoticesInputSchema>;

/**
 * @internal The fields of `evaluateSanctionNotices`' input, checked by the boundary as a whole
 * (the fines one by one, onError).
 */
export const NoticesAsOfFieldsSchema = z.strictObject({
  ...SanctionNoticesInputSchema.shape,
  fines: z.array(z.unknown()),
});
