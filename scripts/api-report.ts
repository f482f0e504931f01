// The API report (issue 23, item 6): per entry of package.json "exports", every runtime name with
// its kind and every type-only name, from the source. `npm run api:report` writes api/exports.json;
// test/api-report/ fails when the exported surface differs from the file checked in, so that a
// name is never added, moved or removed by accident (a removed or moved name also goes in the
// migration table of the next version, docs/migration-0.3.md).
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import * as z from "zod/mini";

const ROOT = resolve(import.meta.dirname, "..");

/** The entries: the subpath a user imports, and the source file tsup builds it from. */
export const ENTRIES = {
  "hfs-mco-rules": "src/index.ts",
  "hfs-mco-rules/schemas": "src/schemas.ts",
  "hfs-mco-rules/rule-tables": "src/rule-tables/index.ts",
} as const;

export interface EntryReport {
  /** Runtime name → kind: function, class, zod schema, array, object, string, number. */
  readonly runtime: Record<string, string>;
  /** Names that exist for TypeScript only (interfaces, type aliases). */
  readonly types: string[];
}

export type ApiReport = Record<keyof typeof ENTRIES, EntryReport>;

function kindOf(value: unknown): string {
  if (value instanceof z.core.$ZodType) return "zod schema";
  if (typeof value === "function")
    return /^class\b/.test(Function.prototype.toString.call(value)) ? "class" : "function";
  if (Array.isArray(value)) return "array";
  return value === null ? "null" : typeof value;
}

/** The type-only names of each entry, from the TypeScript checker. */
function typeOnlyNames(files: readonly string[]): Map<string, string[]> {
  const program = ts.createProgram(
    files.map((f) => join(ROOT, f)),
    {
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      strict: true,
      skipLibCheck: true,
      noEmit: true,
      resolveJsonModule: true,
    },
  );
  const checker = program.getTypeChecker();
  const out = new Map<string, string[]>();
  for (const file of files) {
    const source = program.getSourceFile(join(ROOT, file));
    const module = source && checker.getSymbolAtLocation(source);
    if (!module) throw new Error(`api-report: cannot read the exports of ${file}`);
    const names = checker
      .getExportsOfModule(module)
      .filter((symbol) => {
        const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
        return (target.flags & ts.SymbolFlags.Value) === 0;
      })
      .map((symbol) => symbol.name);
    out.set(file, names.sort());
  }
  return out;
}

/** The report of the source as it is now. */
export async function apiReport(): Promise<ApiReport> {
  const types = typeOnlyNames(Object.values(ENTRIES));
  const report: Partial<ApiReport> = {};
  for (const [entry, file] of Object.entries(ENTRIES) as [keyof typeof ENTRIES, string][]) {
    const module = (await import(pathToFileURL(join(ROOT, file)).href)) as Record<string, unknown>;
    const runtime: Record<string, string> = {};
    for (const name of Object.keys(module).sort()) runtime[name] = kindOf(module[name]);
    report[entry] = { runtime, types: types.get(file) ?? [] };
  }
  return report as ApiReport;
}

export const REPORT_FILE = join(ROOT, "api", "exports.json");

/** The report as the file holds it. */
export function reportText(report: ApiReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const report = await apiReport();
  mkdirSync(join(ROOT, "api"), { recursive: true });
  writeFileSync(REPORT_FILE, reportText(report));
  for (const [entry, { runtime, types }] of Object.entries(report))
    console.log(`${entry}: ${Object.keys(runtime).length} runtime names, ${types.length} type-only names`);
}
