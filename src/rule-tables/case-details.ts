// Where a rule-table row is and why its actual result is what it is: the 1-based YAML line of
// each case and the explanation texts of a result. `hfs-mco-rules check` and ruleTableTests both
// print them for a failing row, so that a failure points at the file, the line and the reasoning.
import { isMap, isSeq, LineCounter, parseDocument } from "yaml";
import { explanationText } from "../calendar/explain.js";
import type { Explanation } from "../core/types.js";

/** The 1-based line of each row of the table's `cases`, in order (0 when it cannot be told). */
export function caseLines(text: string): number[] {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  const cases = isMap(doc.contents) ? doc.contents.get("cases", true) : undefined;
  if (!isSeq(cases)) return [];
  return cases.items.map((item) => {
    const offset = (item as { range?: [number, number, number] }).range?.[0];
    return offset === undefined ? 0 : counter.linePos(offset).line;
  });
}

/** The explanation texts (`explanationText`) found in a result, lean or full, each once, at most `limit`. */
export function explanationTexts(actual: unknown, limit = 3): string[] {
  const found: string[] = [];
  const visit = (x: unknown): void => {
    if (found.length >= limit || typeof x !== "object" || x === null) return;
    const r = x as Record<string, unknown>;
    if (
      typeof r.start === "string" &&
      typeof r.result === "string" &&
      typeof r.counting === "string" &&
      Array.isArray(r.steps)
    ) {
      const text = explanationText(r as unknown as Explanation);
      if (!found.includes(text)) found.push(text);
      return;
    }
    for (const v of Array.isArray(x) ? x : Object.values(r)) visit(v);
  };
  visit(actual);
  return found;
}
