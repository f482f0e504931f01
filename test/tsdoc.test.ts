// Each public function has a TSDoc comment with an @example (the docs promise an example per export): read from the public
// entry with the TypeScript compiler, so a function added without one fails here.
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..");
const program = ts.createProgram([join(ROOT, "src", "index.ts")], {
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2022,
  strict: true,
});
const checker = program.getTypeChecker();
const entry = program.getSourceFile(join(ROOT, "src", "index.ts"));

function publicFunctions(): { name: string; hasDoc: boolean; hasExample: boolean }[] {
  if (!entry) throw new Error("src/index.ts not found");
  const moduleSymbol = checker.getSymbolAtLocation(entry);
  if (!moduleSymbol) throw new Error("no module symbol");
  return (
    checker
      .getExportsOfModule(moduleSymbol)
      .map((s) => (s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s))
      // Functions, and the operations of the boundary: constants whose value is a function (`entry(…)`).
      .filter(
        (s) =>
          s.flags & ts.SymbolFlags.Function ||
          (s.flags & ts.SymbolFlags.Variable &&
            s.valueDeclaration !== undefined &&
            checker.getTypeOfSymbolAtLocation(s, s.valueDeclaration).getCallSignatures().length > 0),
      )
      .map((s) => ({
        name: s.getName(),
        hasDoc: ts.displayPartsToString(s.getDocumentationComment(checker)).trim().length > 0,
        hasExample: s.getJsDocTags(checker).some((t) => t.name === "example"),
      }))
  );
}

describe("TSDoc of the public API", () => {
  const functions = publicFunctions();
  it("finds the public functions", () => {
    expect(functions.map((f) => f.name)).toContain("addBusinessDays");
    expect(functions.map((f) => f.name)).toContain("evaluateTicket");
  });
  it("documents every public function", () => {
    expect(functions.filter((f) => !f.hasDoc).map((f) => f.name)).toEqual([]);
  });
  it("gives every public function an @example", () => {
    expect(functions.filter((f) => !f.hasExample).map((f) => f.name)).toEqual([]);
  });
});
