// Errors as RFC 9457 problem details (`application/problem+json`): a status, a title, a detail
// written by the library (never a body value), and, for bad input, the RuleInputError issues
// (codes, paths, reasons: never the value, principle 6).
import type { Context } from "hono";
import type { RuleInputError } from "../core/errors.js";

/** A problem response. @example problem(c, 404, "Not found", "no such route") */
export function problem(c: Context, status: number, title: string, detail: string, error?: RuleInputError): Response {
  const body = {
    type: "about:blank",
    title,
    status,
    detail,
    ...(error ? { operation: error.operation ?? null, issues: error.issues } : {}),
  };
  return c.body(JSON.stringify(body), status as 400, { "content-type": "application/problem+json" });
}
