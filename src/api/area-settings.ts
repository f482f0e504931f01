import * as z from "zod/mini";
import { settingsArgument } from "../core/arguments.js";
import { ownFields, ownKey } from "../core/plain-object.js";
import { type OnError, onErrorOf } from "../core/batch.js";
import { type InputIssueInit, parseInput, RuleInputError } from "../core/errors.js";
import type { IsoDate } from "../core/iso-date.js";
import type { Detail } from "../core/types.js";
import type { BusinessCalendar } from "../calendar/business-calendar.js";
import type { RuleBook } from "../rules/model.js";
import { readSettings } from "./settings/read-settings.js";
import { frozen } from "../core/freeze.js";

// The settings reader every area's boundary uses (src/api/settings/<area>.ts). The open-point
// option schemas themselves stay with the policy (src/calendar/unstated-roll-schema.ts).

/** How an area reads its settings: the function, the rule cited, the options schema, the old option names. */
export interface AreaSettingsSpec<S extends z.ZodMiniType> {
  /** The public function, as named in errors (`settings.asOf` of `evaluateContactDeadlines`). */
  readonly fn: string;
  readonly ruleId: string;
  /** The area's options schema (strict). */
  readonly schema: S;
  /** `wrapOptions(schema)`, built once by the area (without it, built again on each call). */
  readonly wrapped?: z.ZodMiniType<{ options: z.output<S> }>;
  /** Option names of 0.1 and their 0.2 names: given, each is a RuleInputError saying so. */
  readonly renamed?: Readonly<Record<string, string>>;
  /** Whether `onError` is a setting (the batch entries). */
  readonly batch?: boolean;
  /** Whether `asOf` is required. */
  readonly asOf?: boolean;
}

/** Settings as an area reads them: checked, the calendar filled in, the options parsed. */
export interface AreaSettings<O> {
  readonly asOf: IsoDate | undefined;
  readonly calendar: BusinessCalendar;
  readonly options: O;
  readonly onError: OnError;
  /** How much of each explanation the results carry (`settings.detail`, default `lean`). */
  readonly detail: Detail;
  /** The caller's rule versions laid over the built-in ones (`settings.rules`); undefined: none given. */
  readonly ruleBook: RuleBook | undefined;
}

/**
 * An area's options schema wrapped as `{ options }`, so that a bad option is named
 * `options.<name>`. Building a zod schema costs more than parsing with it: each area builds its
 * own once, a frozen constant beside its settings reader, and passes it as `spec.wrapped`.
 *
 * @example const WRAPPED = wrapOptions(WebcmOptionsSchema)
 */
export function wrapOptions<S extends z.ZodMiniType>(schema: S): z.ZodMiniType<{ options: z.output<S> }> {
  return frozen(z.object({ options: schema })) as unknown as z.ZodMiniType<{ options: z.output<S> }>;
}

// What used to sit in the options and now sits beside them (the one call shape).
const MOVED: Readonly<Record<string, string>> = frozen({
  calendar: "settings.calendar",
  onError: "settings.onError",
  asOf: "settings.asOf",
});

function optionIssues(options: object, spec: AreaSettingsSpec<z.ZodMiniType>): InputIssueInit[] {
  const issues: InputIssueInit[] = [];
  for (const key of Object.keys(options)) {
    const renamed = ownKey(spec.renamed, key);
    if (renamed !== undefined)
      issues.push({
        field: `options.${key}`,
        reason: `renamed to ${renamed} (0.2.0, docs/migration-0.2.md)`,
        code: "unknown_key",
        ruleId: spec.ruleId,
      });
    const moved = ownKey(MOVED, key);
    if (moved !== undefined && !(key === "onError" && !spec.batch))
      issues.push({
        field: `options.${key}`,
        reason: `moved to ${moved} (0.2.0, docs/migration-0.2.md)`,
        code: "unknown_key",
        ruleId: spec.ruleId,
      });
  }
  return issues;
}

function settingIssues(settings: object, spec: AreaSettingsSpec<z.ZodMiniType>): InputIssueInit[] {
  const allowed = new Set(["asOf", "calendar", "detail", "options", "rules", ...(spec.batch ? ["onError"] : [])]);
  const where = `settings are ${[...allowed].join(", ")}; open-point options go in settings.options`;
  return Object.keys(settings)
    .filter((key) => !allowed.has(key))
    .map((key) => {
      const renamed = ownKey(spec.renamed, key);
      const field = /^[A-Za-z_$][\w$]*$/.test(key) ? `settings.${key}` : "settings";
      return {
        field,
        reason: renamed
          ? `renamed to settings.options.${renamed} (0.2.0, docs/migration-0.2.md)`
          : `unknown key (${where})`,
        code: "unknown_key" as const,
        ruleId: spec.ruleId,
      };
    });
}

/**
 * The settings of an area's evaluator, `fn(input, { asOf, calendar, detail, options, rules })`, checked:
 * only those keys (and `onError` for a batch entry), `asOf` a date (required when `spec.asOf`), the
 * calendar a calendar, the options valid for the area's schema. An option name of 0.1 is a
 * RuleInputError saying what it was renamed to, never silently ignored.
 *
 * @example readAreaSettings({ options: { unstatedRoll: "forward" } }, { fn: "f", ruleId: "R", schema }).options
 */
export function readAreaSettings<S extends z.ZodMiniType>(
  settings: unknown,
  areaSpec: AreaSettingsSpec<S>,
): AreaSettings<z.output<S>> {
  // Own fields only, here and below: nothing on Object.prototype is a setting (another library may have put one there).
  const spec = ownFields(areaSpec);
  if (settings !== undefined || spec.asOf) settingsArgument(settings, spec.fn);
  const given = ownFields(
    (settings ?? {}) as { asOf?: unknown; calendar?: unknown; options?: unknown; onError?: unknown },
  );
  const options =
    given.options === undefined
      ? ownFields({})
      : ownFields(settingsArgument(given.options, spec.fn, "settings.options"));
  const issues = [...settingIssues(given, spec), ...optionIssues(options, spec)];
  if (issues.length > 0) throw new RuleInputError(issues, spec.ruleId);
  if (spec.asOf && given.asOf === undefined)
    throw new RuleInputError(
      [
        {
          field: "settings.asOf",
          reason: `expected the date the answer is as of (YYYY-MM-DD), got nothing (${spec.fn})`,
          code: "missing",
        },
      ],
      spec.ruleId,
    );
  const read = readSettings(given as Parameters<typeof readSettings>[0], spec.fn);
  const wrapped = spec.wrapped ?? wrapOptions(spec.schema);
  const parsed = (parseInput(wrapped, { options }, spec.ruleId, "names") as { options: z.output<S> }).options;
  return {
    asOf: read.asOf,
    calendar: read.calendar,
    options: parsed,
    onError: spec.batch ? onErrorOf(given.onError) : "throw",
    detail: read.detail,
    ruleBook: read.ruleBook,
  };
}
