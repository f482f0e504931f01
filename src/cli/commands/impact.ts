// `impact FILE…`: what a change of settings does to real cases (docs/what-if.md). Each record of
// each file is a case of its area (a ticket, a WebCM member history, a spenddown provider
// quarter, a fine, a registration request, told apart by their fields or by --area); the
// library compares them under two settings (compareEvaluations) or tries every open point
// (interpretationsReport). Nothing is computed here.
import type { Command } from "commander";
import * as z from "zod/mini";
import { compareEvaluationsRun } from "../../api/operations/compare-runs.js";
import { readRulesSetting } from "../../api/settings/rules.js";
import type { InterpretationsReport, WhatIfInputs, WhatIfSide } from "../../impact/what-if-types.js";
import { INPUT_KEYS } from "../../api/operations/compare-areas.js";
import { interpretationsReportRun } from "../../api/operations/interpretations-runs.js";
import { RuleInputError } from "../../core/errors.js";
import { IMPACT_AREAS, type ImpactArea } from "../../impact/open-points.js";
import { comparisonPage, interpretationsPage } from "../../impact/what-if-page.js";
import {
  ALTERNATIVE_HEADERS,
  alternativeCells,
  CHANGE_HEADERS,
  comparisonRows,
  interpretationRows,
} from "../../impact/what-if-rows.js";
import { PortalOptionsSchema } from "../../portal/options-schema.js";
import { RegistrationOptionsSchema } from "../../registration/options-schema.js";
import { SanctionOptionsSchema } from "../../sanctions/options-schema.js";
import { SpenddownOptionsSchema } from "../../spenddown/options-schema.js";
import { WebcmOptionsSchema } from "../../webcm/options-schema.js";
import { calendarFlag } from "../calendar-flag.js";
import { eachRecord } from "../collect.js";
import { toCsv } from "../columns/csv.js";
import { asOfOf, type CommonOptions, UsageError, withCommonOptions } from "../context.js";
import { issuesText, jsonOption } from "../json-option.js";
import { readRulesFile } from "../rules-file.js";
import { renderTable } from "../output.js";

type ImpactCliOptions = CommonOptions & {
  area?: string;
  interpretations?: boolean;
  options?: string;
  optionsAfter?: string;
  calendarAfter?: string;
  rules?: string;
  rulesAfter?: string;
};

/** The options of every area, keyed by area: `{ "portal": { … }, "webcm": { … } }`. */
const AreaOptionsSchema = z.strictObject({
  portal: z.optional(PortalOptionsSchema),
  webcm: z.optional(WebcmOptionsSchema),
  spenddown: z.optional(SpenddownOptionsSchema),
  sanctions: z.optional(SanctionOptionsSchema),
  registration: z.optional(RegistrationOptionsSchema),
});

const has = (v: unknown, ...keys: string[]) =>
  v !== null && typeof v === "object" && !Array.isArray(v) && keys.every((k) => Object.hasOwn(v, k));

/** The area of a record, by its fields; a record of none is an error naming no value. */
function areaOf(value: unknown, forced: ImpactArea | undefined): ImpactArea {
  if (forced !== undefined) return forced;
  if (has(value, "ticketNumber", "events")) return "portal";
  if (has(value, "ticketNumber", "amountCents")) return "sanctions";
  if (has(value, "member", "events")) return "webcm";
  if (has(value, "provider", "members")) return "spenddown";
  if (has(value, "submittedOn", "individuals")) return "registration";
  throw new RuleInputError([
    {
      field: "",
      reason:
        "not a ticket, a fine, a WebCM member history, a spenddown provider quarter or a registration request " +
        "(give --area to say which)",
    },
  ]);
}

/** Where each area's case came from (file and line), by its position in the area's list. */
type Origins = Record<ImpactArea, { file: string; line: number }[]>;

async function readCases(files: readonly string[], options: ImpactCliOptions) {
  const forced = options.area as ImpactArea | undefined;
  if (forced !== undefined && !IMPACT_AREAS.includes(forced))
    throw new UsageError(`--area must be one of ${IMPACT_AREAS.join(", ")}`);
  const lists: Record<string, unknown[]> = {};
  const origins = Object.fromEntries(IMPACT_AREAS.map((a) => [a, []])) as unknown as Origins;
  let invalid = 0;
  for (const file of files) {
    const read = await eachRecord(
      file,
      options.inputFormat,
      (value, line) => ({ area: areaOf(value, forced), value, line }),
      ({ area, value, line }) => {
        const list = lists[INPUT_KEYS[area]] ?? [];
        lists[INPUT_KEYS[area]] = list;
        list.push(value);
        origins[area].push({ file, line });
      },
    );
    invalid += read.invalid;
  }
  return { inputs: lists as WhatIfInputs, origins, invalid };
}

/** One side from its flags: a calendar, each area's options, rule versions (each file read and checked once). */
function side(flags: { calendar?: string; options?: string; rules?: string }, suffix: "" | "-after"): WhatIfSide {
  const { calendar, options, rules } = flags;
  return {
    ...(calendar === undefined ? {} : { calendar: calendarFlag(`--calendar${suffix}`, calendar) }),
    ...(options === undefined ? {} : { options: jsonOption(`--options${suffix}`, options, AreaOptionsSchema) }),
    ...(rules === undefined ? {} : { rules: checkedRules(rules, `--rules${suffix}`) }),
  };
}

function checkedRules(path: string, flag: string): unknown {
  const rules = readRulesFile(path, flag);
  try {
    readRulesSetting(rules, flag);
  } catch (error) {
    if (error instanceof RuleInputError) throw new UsageError(`${flag} ${path}: ${issuesText(error)}`);
    throw error;
  }
  return rules;
}

/** The side after: the one in force with the calendar replaced, and each area's options laid over its own. */
function merged(before: WhatIfSide, after: WhatIfSide): WhatIfSide {
  const options: Partial<Record<ImpactArea, unknown>> = { ...before.options };
  for (const area of IMPACT_AREAS) {
    const changed = after.options?.[area];
    if (changed !== undefined) options[area] = { ...(before.options?.[area] as object | undefined), ...changed };
  }
  return {
    ...before,
    ...(after.calendar ? { calendar: after.calendar } : {}),
    ...(after.rules ? { rules: after.rules } : {}),
    options,
  };
}

type Refused = { area: ImpactArea; index: number; issues: readonly { field: string; reason: string }[] };

/** Each case the library refused, named by its file and line (a notice by its area), on stderr. */
function reportRefused(errors: readonly Refused[], origins: Origins): void {
  for (const e of errors) {
    const at = origins[e.area][e.index];
    const where = at ? `${at.file} line ${at.line}` : `${e.area} input`;
    process.stderr.write(`${where}: ${e.issues.map((i) => `${i.field || "record"}: ${i.reason}`).join("; ")}\n`);
  }
}

function write(
  format: string,
  json: unknown,
  headers: readonly string[],
  rows: string[][],
  html: () => string,
  title: string,
) {
  if (format === "json") process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  else if (format === "csv") process.stdout.write(toCsv(headers, rows));
  else if (format === "html") process.stdout.write(html());
  else process.stdout.write(`${title}\n${renderTable(headers, rows)}\n`);
}

/** Under the report's table: which cases each alternative changes, and the points these cases cannot show. */
function reportFooter(report: InterpretationsReport): string {
  const changed = report.alternatives
    .filter((a) => a.changed > 0)
    .map((a) => `  ${a.option}=${a.alternative}: ${a.differences.map((d) => d.case).join(", ")}\n`);
  const untouched = report.untouched.map((u) => `  ${u.number ?? "reading"} ${u.option}: ${u.reason}\n`);
  return [
    changed.length > 0 ? `\nCases that change:\n${changed.join("")}` : "",
    untouched.length > 0 ? `\nNot shown by these cases:\n${untouched.join("")}` : "",
  ].join("");
}

/** Registers `impact FILE…`. */
export function impactCommand(program: Command, setExit: (code: number) => void): void {
  withCommonOptions(
    program
      .command("impact")
      .description("what a change of options or calendar, or each open point, changes on real cases of every area")
      .argument("<files...>", "tickets, WebCM member histories, spenddown quarters, fines, registration requests"),
  )
    .option("--area <area>", `read every record as one area: ${IMPACT_AREAS.join(", ")} (default: by its fields)`)
    .option("--interpretations", "try each open point's alternatives against its default")
    .option("--options <file>", 'the options in force, by area: {"portal": {…}, "webcm": {…}}')
    .option("--options-after <file>", "the options to compare with, by area")
    .option("--calendar-after <file|json>", "the calendar to compare with (default: the one in force)")
    .option("--rules <file>", "rule versions of your own in force, a JSON or YAML list (docs/rule-changes.md)")
    .option("--rules-after <file>", "rule versions to compare with (a proposed revision), laid over --rules")
    .action(async (files: string[], options: ImpactCliOptions) => {
      const format = options.format ?? "table";
      if (!["table", "csv", "json", "html"].includes(format))
        throw new UsageError(`--format must be table, csv, json or html, got ${JSON.stringify(format.slice(0, 40))}`);
      const asOf = asOfOf(options);
      const compare = [options.optionsAfter, options.calendarAfter, options.rulesAfter].some((f) => f !== undefined);
      if (Boolean(options.interpretations) === compare)
        throw new UsageError(
          "give --interpretations, or what changes: --options-after, --calendar-after or --rules-after",
        );
      const before = side(options, "");
      const { inputs, origins, invalid } = await readCases(files, options);
      if (options.interpretations) {
        const report = interpretationsReportRun(inputs, { asOf, ...before });
        reportRefused(report.errors, origins);
        const rows = format === "csv" ? interpretationRows(report) : report.alternatives.map(alternativeCells);
        const headers = format === "csv" ? [...ALTERNATIVE_HEADERS, ...CHANGE_HEADERS] : ALTERNATIVE_HEADERS;
        const title = `What each open point changes, as of ${asOf} (each alternative against the default)`;
        write(format, { command: "impact", ...report }, headers, rows, () => interpretationsPage(report), title);
        if (format === "table") process.stdout.write(reportFooter(report));
        setExit(invalid + report.errors.length > 0 ? 1 : 0);
        return;
      }
      const after = side(
        { calendar: options.calendarAfter, options: options.optionsAfter, rules: options.rulesAfter },
        "-after",
      );
      const comparison = compareEvaluationsRun(inputs, { asOf, before, after: merged(before, after) });
      reportRefused(comparison.errors, origins);
      const counts = IMPACT_AREAS.filter((a) => comparison.cases[a] > 0).map((a) => `${a} ${comparison.cases[a]}`);
      const title = `As of ${asOf}: ${counts.join(", ") || "no cases"} compared, ${comparison.changed} changed`;
      const json = { command: "impact", ...comparison };
      write(format, json, CHANGE_HEADERS, comparisonRows(comparison), () => comparisonPage(comparison), title);
      setExit(invalid + comparison.errors.length > 0 ? 1 : 0);
    });
}
