// A batch over HTTP as NDJSON: one item a line in, one answer a line out, streamed, each item
// evaluated on its own (a bad line is that line's error, as `onError: "collect"` gives it), the
// settings from the query (`?settings=<JSON>`). The batch's item cap and time limit are checked
// between items: a synchronous evaluation cannot be cut in the middle.
import type { Context } from "hono";
import { stream } from "hono/streaming";
import type { OperationDeclaration } from "../api/operation.js";
import { RuleInputError } from "../core/errors.js";
import type { ServerLimits } from "./limits.js";
import { argumentsOf } from "./calls.js";
import { problem } from "./problem.js";

const TIME_LIMIT = Object.freeze({ title: "Time limit", detail: "the batch's time limit was reached" });

type AnyDeclaration = OperationDeclaration<(...args: never[]) => unknown>;

function settingsQuery(c: Context): { settings: unknown } | Response {
  const text = c.req.query("settings");
  if (text === undefined) return { settings: undefined };
  try {
    return { settings: JSON.parse(text) };
  } catch {
    return problem(c, 400, "Invalid settings", "?settings= is not valid JSON");
  }
}

/** The NDJSON answer of a batch: a line per item, `{ "line": n, "result": … }` or `{ "line": n, "error": … }`. */
export async function batchStream(
  c: Context,
  declaration: AnyDeclaration,
  run: (...args: unknown[]) => unknown,
  limits: ServerLimits,
): Promise<Response> {
  const query = settingsQuery(c);
  if (query instanceof Response) return query;
  const lines = (await c.req.text()).split("\n").filter((l) => l.trim() !== "");
  if (lines.length > limits.batchItems)
    return problem(c, 413, "Batch too large", `at most ${limits.batchItems} items per request`);
  const started = performance.now();
  c.header("content-type", "application/x-ndjson");
  return stream(c, async (out) => {
    for (const [i, text] of lines.entries()) {
      if (performance.now() - started > limits.batchMilliseconds) {
        await out.write(`${JSON.stringify({ line: i + 1, error: TIME_LIMIT })}\n`);
        return;
      }
      await out.write(`${JSON.stringify({ line: i + 1, ...answer(declaration, run, text, query.settings) })}\n`);
    }
  });
}

function answer(declaration: AnyDeclaration, run: (...args: unknown[]) => unknown, text: string, settings: unknown) {
  let item: unknown;
  try {
    item = JSON.parse(text);
  } catch {
    return { error: { title: "Invalid JSON", detail: "the line is not valid JSON" } };
  }
  try {
    const args = argumentsOf(declaration, { input: [item], settings }) ?? [];
    const [result] = run(...args) as unknown[];
    return { result };
  } catch (error) {
    if (!(error instanceof RuleInputError)) throw error;
    return { error: { title: "Invalid input", detail: error.message, issues: error.issues } };
  }
}
