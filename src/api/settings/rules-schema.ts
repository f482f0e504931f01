import * as z from "zod/mini";
import { frozen } from "../../core/freeze.js";
import { IsoDateSchema } from "../../core/iso-date-schema.js";
import { VISIBLE_CHARACTER } from "../../core/text-schemas.js";

// The shape of `settings.rules` (docs/rule-changes.md): a list of rule versions a caller gives,
// each a rule ID, its effective dates, the values of the parameters it changes and the document or
// proposal it comes from. What a value may be (kind and range) depends on the rule's parameter:
// src/api/settings/rules.ts checks that against the registry.

/** How many versions `settings.rules` may hold. */
export const MAX_RULE_VERSIONS = 500;

/** A parameter's value: a number, a word, or a list of either (the unit is the rule's). */
const ParameterValueSchema = z.union([
  z.number(),
  z.string().check(z.maxLength(100)),
  z.array(z.number()).check(z.maxLength(100)),
  z.array(z.string().check(z.maxLength(100))).check(z.maxLength(100)),
]);

/**
 * zod schema of one caller rule version, e.g. `{ ruleId: "PORTAL-PROPOSAL-DUE", effectiveFrom:
 * "2027-01-01", parameters: { days: 45 }, basis: "HFS proposed revision of 2026-11-01" }`.
 */
export const RuleVersionSettingSchema = frozen(
  z.strictObject({
    ruleId: z.string().check(z.maxLength(80)),
    effectiveFrom: IsoDateSchema,
    effectiveTo: z.optional(z.nullable(IsoDateSchema)),
    parameters: z.record(z.string().check(z.maxLength(80)), ParameterValueSchema),
    basis: z.string().check(
      z.regex(VISIBLE_CHARACTER, {
        error: "the version's basis is required: the document or proposal it comes from",
      }),
      z.maxLength(300),
    ),
  }),
);

/** zod schema of `settings.rules`: a list of {@link RuleVersionSettingSchema}. */
export const RulesSettingSchema = frozen(z.array(RuleVersionSettingSchema).check(z.maxLength(MAX_RULE_VERSIONS)));

/** A caller's rule version as `settings.rules` gives it. */
export type RuleVersionSetting = z.input<typeof RuleVersionSettingSchema>;
