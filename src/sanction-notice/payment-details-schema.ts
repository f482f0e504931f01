import * as z from "zod/mini";
import { frozen } from "../core/freeze.js";

// The payment details of the notice document (the address and HFS Bureau of
// SANCTION-NOTICE-ONLY-IF-FINED): the policy names them but gives no value, so the
// user gives them (`sanctions notices --payment-details FILE`). Never member data.
const line = (what: string) =>
  z.string().check(
    z.minLength(1, `${what} must not be empty`),
    z.maxLength(200, `${what} must be at most 200 characters`),
    z.refine((s) => s.trim() === s && s.trim() !== "", `${what} must not start or end with a space`),
  );

/** The payment details shown on each notice: the HFS Bureau, its address, and optional lines. */
export const PaymentDetailsSchema = frozen(
  z.strictObject({
    bureau: line("the bureau"),
    address: z.array(line("an address line")).check(z.minLength(1), z.maxLength(8)),
    payableTo: z.optional(line("payableTo")),
    reference: z.optional(line("reference")),
    contact: z.optional(line("contact")),
    note: z.optional(z.string().check(z.maxLength(1000))),
  }),
);
export type PaymentDetails = z.infer<typeof PaymentDetailsSchema>;
