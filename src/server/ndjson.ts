// A batch over HTTP as NDJSON: one item a line in, one answer a line out, streamed, each item
// evaluated on its own (a bad line is that line's error, as `onError: "collect"` gives it), the
// settings from the query (`?settings=<JSON>`). The batch's item cap and time limit are checked
// between items: a synchronous evaluation cannot be cut in the middle.
import type { Context } from "hono";
import { stream } from "hono/streaming";
import { createTicketEvaluator } from "../api/operations/portal.js";
import { RuleInputError } from "../core/errors.js";
import type { ServerLimits } from "./limits.js";
import { settingsOf } from "./calls.js";
import { problem } from "./problem.js";

const TIME_LIMIT = Object.freeze({ title: "Time limit", detail: "the batch's time limit was reached" });

function settingsQuery(c: Context): { settings: unknown } | Response {
  const text = c.req.query("settings");
  if (text === undefined) return { settings: undefined };
  try {
    return { settings: JSON.parse(text) };
  } catch {
    return problem(c, 400, "Invalid settings", "?settings= is not valid JSON");
  }
}

/**
 * The NDJSON answer of a batch: a line per item, `{ "line": n, "result": … }` or `{ "line": n,
 * "error": … }`. The items share one evaluator (`createTicketEvaluator`, read once: its cache
 * serves the whole request), and lines go out a hundred at a time.
 */
export async function batchStream(c: Context, limits: ServerLimits): Promise<Response> {
  const query = settingsQuery(c);
  if (query instanceof Response) return query;
  const lines = (await c.req.text()).split("\n").filter((l) => l.trim() !== "");
  if (lines.length > limits.batchItems)
    return problem(c, 413, "Batch too large", `at most ${limits.batchItems} items per request`);
  // A bad setting is the request's problem, before any line is answered.
  const evaluator = createTicketEvaluator(settingsOf("evaluateTickets", query.settings) as never);
  const started = performance.now();
  c.header("content-type", "application/x-ndjson");
  return stream(c, async (out) => {
    let chunk = "";
    for (const [i, text] of lines.entries()) {
      if (performance.now() - started > limits.batchMilliseconds) {
        await out.write(`${chunk}${JSON.stringify({ line: i + 1, error: TIME_LIMIT })}\n`);
        return;
      }
      chunk += `${JSON.stringify({ line: i + 1, ...answer((item) => evaluator.evaluate(item as never), text) })}\n`;
      if ((i + 1) % 100 === 0) {
        await out.write(chunk);
        chunk = "";
      }
    }
    if (chunk !== "") await out.write(chunk);
  });
}

function answer(evaluate: (item: unknown) => unknown, text: string) {
  let item: unknown;
  try {
    item = JSON.parse(text);
  } catch {
    return { error: { title: "Invalid JSON", detail: "the line is not valid JSON" } };
  }
  try {
    return { result: evaluate(item) };
  } catch (error) {
    if (!(error instanceof RuleInputError)) throw error;
    return { error: { title: "Invalid input", detail: error.message, issues: error.issues } };
  }
}
