// Policy functions take parsed, typed data and resolved settings; the boundary (src/api) checks
// the arguments once (docs/boundary.md, principle 3). This test reads every file of the policy
// folders and fails when one imports src/core/arguments.js, calls parseInput, constructs a
// RuleInputError or imports zod (a schemas file, `schemas.ts`, `*-schema.ts` or `*-schemas.ts`,
// may import zod: its schemas are the boundary's).
//
// The folders whose checks have not left yet are listed below file by file, with the checks each
// still has: a new check in a file not listed (or of a kind not listed for it) fails, and so does
// a listed check that is gone, so that the list only shrinks as each area moves its checks out.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, posix, relative, sep } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const POLICY_FOLDERS = [
  "src/portal",
  "src/calendar",
  "src/sanctions",
  "src/webcm",
  "src/spenddown",
  "src/registration",
  "src/queue",
  "src/impact",
  "src/portal-statistics",
] as const;

type Check = "arguments" | "parseInput" | "RuleInputError" | "zod";

/**
 * The checks still in policy files, by file: each entry names a folder not moved yet. Being moved
 * by another engineer now: src/calendar, src/sanctions, src/webcm, src/spenddown, src/registration.
 * src/portal, src/queue, src/impact and src/portal-statistics have none (done).
 */
const NOT_MOVED_YET: Readonly<Record<string, readonly Check[]>> = {
  // src/calendar: being moved (another engineer)
  "src/calendar/add-business-days.ts": ["arguments", "RuleInputError"],
  "src/calendar/add-calendar-days.ts": ["arguments"],
  "src/calendar/area-settings.ts": ["arguments", "parseInput", "RuleInputError", "zod"],
  "src/calendar/business-calendar.ts": ["RuleInputError"],
  "src/calendar/business-days-between.ts": ["arguments"],
  "src/calendar/calendar-argument.ts": ["arguments"],
  "src/calendar/calendar-diff.ts": ["arguments"],
  "src/calendar/calendar-input.ts": ["parseInput", "zod"],
  "src/calendar/cases.ts": ["parseInput", "zod"],
  "src/calendar/checked-constructors.ts": ["arguments", "parseInput"],
  "src/calendar/due-date.ts": ["arguments"],
  "src/calendar/explain.ts": ["arguments"],
  "src/calendar/illinois-default.ts": ["RuleInputError"],
  "src/calendar/illinois.ts": ["parseInput", "zod"],
  "src/calendar/is-business-day.ts": ["arguments"],
  "src/calendar/quarter.ts": ["arguments"],
  "src/calendar/roll.ts": ["arguments"],
  "src/calendar/settings.ts": ["arguments"],
  // src/registration: being moved (another engineer)
  "src/registration/cases.ts": ["parseInput", "zod"],
  "src/registration/options.ts": ["zod"],
  "src/registration/registration-findings.ts": ["zod"],
  "src/registration/registration-processing.ts": ["RuleInputError"],
  "src/registration/request.ts": ["zod"],
  // src/sanctions: being moved (another engineer)
  "src/sanctions/cases.ts": ["parseInput", "zod"],
  "src/sanctions/fine.ts": ["parseInput", "zod"],
  "src/sanctions/notices-as-of.ts": ["zod"],
  "src/sanctions/options.ts": ["zod"],
  "src/sanctions/reporting-period.ts": ["RuleInputError", "zod"],
  "src/sanctions/sanction-calendar.ts": ["RuleInputError"],
  // src/spenddown: being moved (another engineer)
  "src/spenddown/cases.ts": ["parseInput", "zod"],
  "src/spenddown/money.ts": ["RuleInputError", "zod"],
  "src/spenddown/month.ts": ["RuleInputError", "zod"],
  "src/spenddown/options.ts": ["zod"],
  "src/spenddown/parameters.ts": ["RuleInputError"],
  "src/spenddown/percentage.ts": ["RuleInputError"],
  "src/spenddown/provider-quarter.ts": ["zod"],
  "src/spenddown/report-arguments.ts": ["arguments"],
  "src/spenddown/report-due-dates.ts": ["RuleInputError"],
  "src/spenddown/reporting-quarter.ts": ["RuleInputError"],
  // src/webcm: being moved (another engineer)
  "src/webcm/cases.ts": ["parseInput", "zod"],
  "src/webcm/compliance-report.ts": ["zod"],
  "src/webcm/contact-issues.ts": ["zod"],
  "src/webcm/deadline-explanation.ts": ["RuleInputError"],
  "src/webcm/event-order.ts": ["arguments", "parseInput"],
  "src/webcm/last-transfer-date.ts": ["RuleInputError", "zod"],
  "src/webcm/options.ts": ["zod"],
  "src/webcm/report-quarter.ts": ["parseInput", "RuleInputError", "zod"],
};

const isSchemasFile = (file: string) => /(^|\/)(schemas|[^/]*-schemas?)\.ts$/.test(file);
const ARGUMENTS_MODULE = "src/core/arguments";

function policyFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
      const path = posix.join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".ts")) files.push(path);
    }
  };
  for (const folder of POLICY_FOLDERS) walk(folder);
  return files.sort();
}

/** The module a relative specifier names, as a path from the repository root without extension. */
function resolved(file: string, specifier: string): string {
  if (!specifier.startsWith(".")) return specifier;
  const path = relative(ROOT, join(ROOT, dirname(file), specifier))
    .split(sep)
    .join("/");
  return path.replace(/\.(js|ts)$/, "");
}

/** The checks `source` (the text of `file`) holds, found in its syntax tree (comments and strings are not code). */
function checksIn(file: string, source: string): Set<Check> {
  const found = new Set<Check>();
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const parseInputNames = new Set(["parseInput"]);
  const errorNames = new Set(["RuleInputError"]);
  const moduleNamed = (specifier: string) => {
    if (specifier === "zod" || specifier.startsWith("zod/")) found.add("zod");
    if (resolved(file, specifier) === ARGUMENTS_MODULE) found.add("arguments");
  };
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      if (ts.isStringLiteral(node.moduleSpecifier)) moduleNamed(node.moduleSpecifier.text);
      const bindings = ts.isImportDeclaration(node) ? node.importClause?.namedBindings : undefined;
      if (bindings && ts.isNamedImports(bindings))
        for (const element of bindings.elements) {
          const imported = (element.propertyName ?? element.name).text;
          if (imported === "parseInput") parseInputNames.add(element.name.text);
          if (imported === "RuleInputError") errorNames.add(element.name.text);
        }
    }
    if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      const expression = node.moduleReference.expression;
      if (ts.isStringLiteral(expression)) moduleNamed(expression.text);
    }
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0]))
        moduleNamed(node.arguments[0].text);
      const name = ts.isIdentifier(callee)
        ? callee.text
        : ts.isPropertyAccessExpression(callee)
          ? callee.name.text
          : undefined;
      if (name !== undefined && (parseInputNames.has(name) || name === "parseInput")) found.add("parseInput");
    }
    if (ts.isNewExpression(node)) {
      const callee = node.expression;
      const name = ts.isIdentifier(callee)
        ? callee.text
        : ts.isPropertyAccessExpression(callee)
          ? callee.name.text
          : undefined;
      if (name !== undefined && errorNames.has(name)) found.add("RuleInputError");
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  if (isSchemasFile(file)) found.delete("zod");
  return found;
}

/** Every check found that the list does not allow, and every listed check that is gone (read once). */
let read: { unexpected: string[]; gone: string[] } | undefined;
function differences(): { unexpected: string[]; gone: string[] } {
  read ??= compare();
  return read;
}

function compare(): { unexpected: string[]; gone: string[] } {
  const unexpected: string[] = [];
  const gone: string[] = [];
  const files = policyFiles();
  for (const file of files) {
    const found = checksIn(file, readFileSync(join(ROOT, file), "utf8"));
    const allowed = new Set(NOT_MOVED_YET[file] ?? []);
    for (const check of found) if (!allowed.has(check)) unexpected.push(`${file}: ${check}`);
    for (const check of allowed) if (!found.has(check)) gone.push(`${file}: ${check}`);
  }
  for (const file of Object.keys(NOT_MOVED_YET))
    if (!files.includes(file)) gone.push(`${file}: the file is gone (or not in a policy folder)`);
  return { unexpected, gone };
}

describe("policy files hold no argument checks (the boundary checks once)", () => {
  it("no policy file imports core/arguments, calls parseInput, constructs RuleInputError or imports zod", () => {
    expect(
      differences().unexpected,
      "move the check to the boundary (src/api/operations/<area>-runs.ts, src/api/settings/<area>.ts)",
    ).toEqual([]);
  });

  it("the list of folders not moved yet only shrinks: a listed check that is gone is struck off", () => {
    expect(differences().gone, "remove these entries from NOT_MOVED_YET").toEqual([]);
  });

  it("src/portal is done: no exception is listed for it", () => {
    expect(Object.keys(NOT_MOVED_YET).filter((file) => file.startsWith("src/portal/"))).toEqual([]);
  });

  it("finds each kind of check, also under another name, and none in comments or strings", () => {
    const file = "src/portal/planted.ts";
    const planted = [
      'import { dateArgument } from "../core/arguments.js";',
      'import { parseInput as parse, RuleInputError as E } from "../core/errors.js";',
      'import type * as z from "zod/mini";',
      "parse(schema, value);",
      'throw new E([{ field: "x", reason: "y" }], "fn");',
    ].join("\n");
    expect([...checksIn(file, planted)].sort()).toEqual(["RuleInputError", "arguments", "parseInput", "zod"]);
    const quiet = '// parseInput(x); new RuleInputError()\nconst text = "from \\"zod\\"";\n';
    expect([...checksIn(file, quiet)]).toEqual([]);
    expect([...checksIn("src/portal/options-schema.ts", 'import * as z from "zod/mini";')]).toEqual([]);
    expect([
      ...checksIn("src/portal/schemas.ts", 'import { parseInput } from "../core/errors.js"; parseInput(a, b);'),
    ]).toEqual(["parseInput"]);
  });
});
