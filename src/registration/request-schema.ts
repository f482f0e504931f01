import * as z from "zod/mini";
import { IsoDateSchema } from "../core/iso-date.js";
import { frozen } from "../core/freeze.js";

/**
 * A portal registration request (HFS Provider Notice of 2023-02-22): when it was submitted, whether every required
 * field (including the Medicaid ID) was given and, if not, which are missing, how many individuals it
 * registers, and whether the multiple-registration template was used. `missing` may be omitted
 * for a complete request.
 */
export const RegistrationRequestSchema = frozen(
  z
    .strictObject({
      submittedOn: IsoDateSchema,
      complete: z.boolean(),
      missing: z.optional(z.array(z.string().check(z.minLength(1)))),
      individuals: z.number().check(z.int(), z.gte(1)),
      usedMultipleTemplate: z.boolean(),
    })
    .check(
      z.refine((r) => !(r.complete && (r.missing?.length ?? 0) > 0), {
        path: ["missing"],
        error: "a complete request cannot have missing fields (REGISTRATION-INCOMPLETE)",
      }),
    ),
);

export type RegistrationRequest = z.input<typeof RegistrationRequestSchema>;

/** A registration request as its schema reads it (the boundary parses it). */
export type ParsedRegistrationRequest = z.output<typeof RegistrationRequestSchema>;
