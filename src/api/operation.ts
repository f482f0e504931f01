import type * as z from "zod/mini";
import { inOperation, RuleInputError } from "../core/errors.js";
import { hasRule } from "../rules/registry.js";
import { freezeTree } from "../core/freeze.js";
import { readPlainData } from "./read.js";
import { readSettingsRecord } from "./settings.js";

// One declaration per public operation (docs/boundary.md): its name, area, one-line
// summary, arguments (each a schema and how the boundary reads it), the settings it takes and its
// result schema. The exported function, the operation's JSON Schemas and the API table of the docs
// all come from it; nothing in it assumes a caller in the same process (an HTTP server can read a
// body through the same declaration).

/** The settings a call can take, `fn(input, { asOf, calendar, options, detail, onError })`. */
export const SETTING_NAMES = /* @__PURE__ */ Object.freeze([
  "asOf",
  "calendar",
  "options",
  "detail",
  "rules",
  "onError",
  "validate",
] as const);
export type SettingName = (typeof SETTING_NAMES)[number];

/** The areas of the library, as the API table groups the operations. */
export const OPERATION_AREAS = /* @__PURE__ */ Object.freeze([
  "calendar",
  "portal",
  "sanctions",
  "webcm",
  "spenddown",
  "registration",
  "statistics",
  "queue",
  "impact",
  "outputs",
] as const);
export type OperationArea = (typeof OPERATION_AREAS)[number];

/**
 * How the boundary reads one argument before the operation sees it:
 * - `data`: read whole into plain data (own enumerable data properties, null-prototype records);
 * - `items`: a list of items, each read by the batch in turn (a bad item is that item's error);
 * - `data-with-items`: a record read as data but for its `itemsKey` list, read item by item;
 * - `settings`: a settings or options record (calendars passed on by identity);
 * - `value`: a date, a number or a calendar, checked by the operation itself (the date functions'
 *   hot path; a calendar is recognised by a brand that reads no property).
 */
export type ArgumentKind = "data" | "items" | "data-with-items" | "settings" | "value";

/** One argument of an operation. */
export interface ArgumentDeclaration {
  readonly name: string;
  readonly kind: ArgumentKind;
  /** The argument's schema (one item's for `items`), when it has one: its JSON Schema is published. */
  readonly schema?: z.core.$ZodType;
  /** For `data-with-items`: the key of the list read item by item. */
  readonly itemsKey?: string;
  readonly optional?: boolean;
}

/** A public operation, declared once. */
export interface OperationDeclaration<F extends (...args: never[]) => unknown> {
  /** The exported name, e.g. `evaluateTicket`. */
  readonly name: string;
  readonly area: OperationArea;
  /** One line: what it answers, in the policy's words. */
  readonly summary: string;
  /** The rule it applies first (a rule ID of the registry), or the area's label for a cross-rule operation. */
  readonly context: string;
  readonly arguments: readonly ArgumentDeclaration[];
  /** The settings it takes (keys of its settings argument), in the order the docs list them. */
  readonly settings: readonly SettingName[];
  /** Its result's schema, when the library publishes one. */
  readonly result?: z.core.$ZodType;
  /** The checked function the boundary calls with the arguments read (today's entry of the area). */
  readonly run: F;
}

function readArgument(arg: ArgumentDeclaration | undefined, value: unknown, context: string, name: string): unknown {
  switch (arg?.kind) {
    case "data":
      return readPlainData(value, [arg.name], context);
    case "settings":
      // A setting is named by the operation, as the areas' own checks name it (`evaluateTicket: settings.asOf`).
      return readSettingsRecord(value, name, [arg.name]);
    case "data-with-items":
      return readPlainData(value, [arg.name], context, arg.itemsKey);
    default:
      // `items` (read by the batch, item by item), `value` (checked by the operation) and arguments past the declared
      // ones.
      return value;
  }
}

/**
 * The exported function of a declaration: each argument read as declared (a getter, a Proxy, a
 * cycle or a symbol key is a RuleInputError naming its path, never the value; nothing inherited
 * is read), then the operation, then its result deeply frozen (shared parts already are).
 *
 * @example export const activeContact = entry(ACTIVE_CONTACT);
 */
export function entry<F extends (...args: never[]) => unknown>(declaration: OperationDeclaration<F>): F {
  const { arguments: declared, context, run, name } = declaration;
  const call = (...args: unknown[]): unknown => {
    try {
      const read = args.map((value, i) => readArgument(declared[i], value, context, name));
      return freezeTree(run(...(read as never[])));
    } catch (error) {
      // The operation the caller called names the error (`operation`), whichever check raised it.
      throw error instanceof RuleInputError ? inOperation(error, name) : error;
    }
  };
  Object.defineProperty(call, "name", { value: declaration.name });
  return call as unknown as F;
}

/**
 * A declaration checked at load: a name written like a function, arguments named once, at most one
 * settings argument, last. A mistake here is a defect of the library, found by the first import.
 *
 * @example const ACTIVE_CONTACT = declareOperation({ name: "activeContact", … });
 */
export function declareOperation<F extends (...args: never[]) => unknown>(
  declaration: OperationDeclaration<F>,
): OperationDeclaration<F> {
  const { name, arguments: args } = declaration;
  const problem = !/^[a-z][A-Za-z0-9]*$/.test(name)
    ? "its name is not written like a function"
    : new Set(args.map((a) => a.name)).size !== args.length
      ? "two arguments share a name"
      : args.findIndex((a) => a.kind === "settings") !== -1 &&
          args.findIndex((a) => a.kind === "settings") < args.length - 1 &&
          args.at(-1)?.kind === "settings"
        ? "two settings arguments"
        : args.some((a) => a.kind === "data-with-items" && a.itemsKey === undefined)
          ? "a data-with-items argument without its itemsKey"
          : !hasRule(declaration.context) && !/^[a-z]/.test(declaration.context) && !declaration.context.includes(" ")
            ? "its context is neither a rule ID of the registry nor a label"
            : undefined;
  if (problem !== undefined) throw new RuleInputError([{ field: name, reason: problem }], "declareOperation");
  return Object.freeze({ ...declaration, arguments: Object.freeze(args.map((a) => Object.freeze({ ...a }))) });
}
