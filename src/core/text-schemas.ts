import * as z from "zod/mini";

// Names and identifiers of the inputs (a ticket number, a member, an MCO, a care coordinator).
// Each check is a pattern *before* any trim, so that the shipped JSON Schema (which cannot say
// "trim") states what the library accepts: zod's trim happens after validation, and a string of
// spaces or line separators (U+2028) would otherwise pass the JSON Schema's `minLength` and be
// refused, or trimmed to "", by the library.

/**
 * A character that shows: not a space or a line break (`\s`, what `String.prototype.trim`
 * removes, U+2028 included), nor a control character (Cc: NUL, U+0085) or a format character
 * (Cf: the zero-width space, the byte-order mark).
 */
export const VISIBLE_CHARACTER = /[^\s\p{Cc}\p{Cf}]/u;

/** No space or line break at either end (and not empty). */
const NO_OUTER_SPACE = /^\S(?:[\s\S]*\S)?$/;

/**
 * Text that names something (an MCO, a care coordinator): at least one visible character; the
 * value is trimmed. `what` opens the error: `the new care coordinator's name`.
 *
 * @example nameText("the MCO").parse(" Acme ") // "Acme"
 */
export function nameText(what: string) {
  return z.string().check(
    z.regex(VISIBLE_CHARACTER, {
      error: `${what} is required: got only spaces, line breaks or control characters, or nothing`,
    }),
    z.trim(),
  );
}

/**
 * The plain check of {@link identifierText} for the zod-free fast paths (clean tickets, clean
 * Class Members): true only for what the schema accepts as it is.
 *
 * @example isIdentifierText("T-3") // true
 * @example isIdentifierText(" T-3") // false
 */
export function isIdentifierText(value: unknown): value is string {
  return typeof value === "string" && NO_OUTER_SPACE.test(value) && VISIBLE_CHARACTER.test(value);
}

/**
 * An identity (a ticket number, a member ID): refused, not trimmed, when it is empty, starts or
 * ends with a space or a line break ("T-3\u2028" would otherwise become "T-3" and meet another
 * record), or has no visible character. `what` opens the error: `a ticket number`.
 *
 * @example identifierText("a ticket number").parse("T-3") // "T-3"
 */
export function identifierText(what: string) {
  return z
    .string()
    .check(
      z.regex(NO_OUTER_SPACE, { error: `${what} cannot be empty or start or end with a space or a line break` }),
      z.regex(VISIBLE_CHARACTER, { error: `${what} needs a visible character: got only control or format characters` }),
    );
}
