// Policy functions take parsed, typed data and resolved settings; the boundary (src/api) checks
// the arguments once (docs/boundary.md, principle 3). This test reads every file of the policy
// folders and fails when one imports src/core/arguments.js, calls parseInput, constructs a
// RuleInputError or imports zod (a schemas file, `schemas.ts`, `*-schema.ts` or `*-schemas.ts`,
// may import zod: its schemas are the boundary's). No policy file imports src/api either: the
// boundary calls the policy, never the other way round (a policy area calls another area's
// policy, e.g. the portal's unchecked evaluator, not its checked run). Every policy folder,
// src/calendar the last, has moved its checks to the boundary: no exception is listed.
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
  "src/timeline",
] as const;

type Check = "arguments" | "parseInput" | "RuleInputError" | "zod";

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

/** The modules under src/api that `source` (the text of `file`) imports or re-exports, statically or dynamically. */
function apiImportsIn(file: string, source: string): string[] {
  const found: string[] = [];
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const moduleNamed = (specifier: string) => {
    const path = resolved(file, specifier);
    if (path === "src/api" || path.startsWith("src/api/")) found.push(path);
  };
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier)
      if (ts.isStringLiteral(node.moduleSpecifier)) moduleNamed(node.moduleSpecifier.text);
    if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      const expression = node.moduleReference.expression;
      if (ts.isStringLiteral(expression)) moduleNamed(expression.text);
    }
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [specifier] = node.arguments;
      if (specifier && ts.isStringLiteral(specifier)) moduleNamed(specifier.text);
    }
    if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal))
      moduleNamed(node.argument.literal.text);
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
}

/** Every check found in a policy file, as `file: check` (read once). */
let found: string[] | undefined;
function checksFound(): string[] {
  found ??= policyFiles().flatMap((file) =>
    [...checksIn(file, readFileSync(join(ROOT, file), "utf8"))].map((check) => `${file}: ${check}`),
  );
  return found;
}

describe("policy files hold no argument checks (the boundary checks once)", () => {
  it("no policy file imports core/arguments, calls parseInput, constructs RuleInputError or imports zod", () => {
    expect(
      checksFound(),
      "move the check to the boundary (src/api/operations/<area>-runs.ts, src/api/settings/<area>.ts)",
    ).toEqual([]);
  });

  it("every policy folder is read (src/calendar, the last to move, among them)", () => {
    const files = policyFiles();
    for (const folder of POLICY_FOLDERS) expect(files.some((file) => file.startsWith(`${folder}/`))).toBe(true);
  });

  it("no policy file imports src/api (the boundary calls the policy, never the other way round)", () => {
    const unexpected = policyFiles().flatMap((file) =>
      apiImportsIn(file, readFileSync(join(ROOT, file), "utf8")).map((path) => `${file} imports ${path}`),
    );
    expect(unexpected, "call the area's policy (e.g. evaluateTicketOf), not its checked run").toEqual([]);
  });

  it("finds an import of src/api of every kind, and none in comments or strings", () => {
    const file = "src/queue/planted.ts";
    const planted = [
      'import { evaluateTicketRun } from "../api/operations/portal-runs.js";',
      'import type { ArgumentDeclaration } from "../api/operation.js";',
      'export { readTicketSettings } from "../api/settings/portal.js";',
      'const m = await import("../api/index.js");',
      'type T = import("../api/read.js").Plain;',
      'import { x } from "./api/not-the-boundary.js";',
    ].join("\n");
    expect(apiImportsIn(file, planted)).toEqual([
      "src/api/operations/portal-runs",
      "src/api/operation",
      "src/api/settings/portal",
      "src/api/index",
      "src/api/read",
    ]);
    expect(apiImportsIn(file, '// from "../api/index.js"\nconst t = "../api/index.js";\n')).toEqual([]);
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
