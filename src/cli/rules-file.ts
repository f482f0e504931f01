// `--rules FILE`: rule versions of the caller's (a proposed revision, docs/rule-changes.md), a JSON
// or YAML list of `{ ruleId, effectiveFrom, effectiveTo?, parameters, basis }`, passed to the
// library as `settings.rules`. Read and checked once per run; a bad file is a usage error naming
// the file and the path in it, never a value.
import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { parse as parseYaml } from "yaml";
import { readRulesSetting } from "../api/settings/rules.js";
import { RuleInputError } from "../core/errors.js";
import type { RuleVersionInput } from "../rules/model.js";
import { UsageError } from "./exit.js";
import { issuesText } from "./json-option.js";
import { yamlSource } from "./warnings.js";

/**
 * The list of rule versions in the file at `path` (JSON or YAML), as `settings.rules` takes it,
 * or a UsageError naming the file: one that cannot be read, is neither JSON nor YAML, or is not
 * a list. The versions themselves are checked by the library (see {@link rulesSettingOf}).
 *
 * @example readRulesFile("proposal-45-days.yaml") // [{ ruleId: "PORTAL-PROPOSAL-DUE", … }]
 */
export function readRulesFile(path: string, flag = "--rules"): unknown {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new UsageError(`${flag} ${path}: cannot read the file`);
  }
  let value: unknown;
  try {
    // JSON is YAML: one parser reads both. Its warnings become lines naming the file (warnings.ts).
    value = yamlSource(path, () => parseYaml(text));
  } catch {
    throw new UsageError(`${flag} ${path}: neither JSON nor YAML`);
  }
  if (!Array.isArray(value))
    throw new UsageError(`${flag} ${path}: expected a list of rule versions (docs/rule-changes.md)`);
  return value;
}

const checked = new Map<string, unknown>();

/**
 * `{ rules }` of the `--rules` flag for a command's settings, read and checked once per run
 * (`settings.rules[0].parameters.days: …` becomes a usage error naming the file); `{}` without
 * the flag.
 *
 * @example evaluateTicket(ticket, { asOf, ...rulesSettingOf(options) })
 */
export function rulesSettingOf(options: object): { readonly rules?: readonly RuleVersionInput[] } {
  const path = (options as { readonly rules?: unknown }).rules;
  if (typeof path !== "string") return {};
  let rules = checked.get(path);
  if (rules === undefined) {
    rules = readRulesFile(path);
    try {
      readRulesSetting(rules, "--rules");
    } catch (error) {
      if (error instanceof RuleInputError) throw new UsageError(`--rules ${path}: ${issuesText(error)}`);
      throw error;
    }
    checked.set(path, rules);
  }
  // Checked above: the list the library reads again as `settings.rules`.
  return { rules: rules as readonly RuleVersionInput[] };
}

/** The help of `--rules`. */
export const RULES_HELP =
  "rule versions of your own (a proposed revision) as a JSON or YAML list, applied by effective date " +
  "(docs/rule-changes.md)";

/** Adds `--rules <file>` to an evaluation command. */
export function withRulesOption(command: Command): Command {
  return command.option("--rules <file>", RULES_HELP);
}
