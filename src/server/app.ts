// The HTTP API (docs/http.md): every public operation of the declarations as `POST
// /v1/<operation>`, the catalogue and the calendar as GET routes, the OpenAPI document, a health
// check. Hono routes the requests (small, Web-standard Request/Response, so the same app answers
// an in-process `app.request()` in tests and Node's HTTP server through @hono/node-server). No
// state is kept between requests: any number of instances answer alike.
import { Hono } from "hono";
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { OPERATIONS } from "../api/index.js";
import * as entries from "../api/entries.js";
import { RuleInputError } from "../core/errors.js";
import { argumentsOf, isBatch, NOT_OVER_HTTP, STREAMED } from "./calls.js";
import { catalogueRoutes } from "./catalogue.js";
import { batchStream } from "./ndjson.js";
import { openApiDocument } from "./openapi.js";
import { problem } from "./problem.js";
import { DEFAULT_LIMITS, type ServerLimits } from "./limits.js";

export { DEFAULT_LIMITS, type ServerLimits } from "./limits.js";

/** One structured log line per request: method, route, status and time; never a body, a query value or a header. */
export type RequestLog = (line: { method: string; route: string; status: number; ms: number }) => void;

const BODY_SHAPES = 'expected { "input": …, "settings": … } or { "arguments": [...] }';
const HTTP_OPERATIONS = OPERATIONS.filter((o) => !NOT_OVER_HTTP.has(o.name));
const entryOf = (name: string) => (entries as Record<string, (...args: unknown[]) => unknown>)[name];

async function jsonBody(c: Context): Promise<{ body: unknown } | Response> {
  if (!(c.req.header("content-type") ?? "").startsWith("application/json"))
    return problem(c, 415, "Unsupported media type", "send application/json (or application/x-ndjson to a batch)");
  try {
    return { body: JSON.parse(await c.req.text()) };
  } catch {
    // The parser's message quotes the body: never echoed (principle 6).
    return problem(c, 400, "Invalid JSON", "the body is not valid JSON");
  }
}

/** The app, with its limits; `log` receives one line per request. */
export function createApp(version: string, limits: ServerLimits = DEFAULT_LIMITS, log: RequestLog = () => {}): Hono {
  const app = new Hono();
  app.use(async (c, next) => {
    const start = performance.now();
    await next();
    log({
      method: c.req.method,
      route: c.req.routePath,
      status: c.res.status,
      ms: Math.round(performance.now() - start),
    });
  });
  app.use(
    "/v1/*",
    bodyLimit({
      maxSize: limits.bodyBytes,
      onError: (c) => problem(c, 413, "Body too large", `the limit is ${limits.bodyBytes} bytes`),
    }),
  );
  app.get("/healthz", (c) => c.json({ status: "ok" }));
  const openApi = openApiDocument(HTTP_OPERATIONS, version);
  app.get("/openapi.json", (c) => c.json(openApi));
  catalogueRoutes(app);
  for (const declaration of HTTP_OPERATIONS) {
    const run = entryOf(declaration.name);
    if (run === undefined) continue;
    app.post(`/v1/${declaration.name}`, async (c) => {
      if (STREAMED.has(declaration.name) && (c.req.header("content-type") ?? "").startsWith("application/x-ndjson"))
        return batchStream(c, limits);
      const read = await jsonBody(c);
      if (read instanceof Response) return read;
      const args = argumentsOf(declaration, read.body);
      if (args === undefined) return problem(c, 400, "Invalid request", BODY_SHAPES);
      const list = args[0];
      if (isBatch(declaration) && Array.isArray(list) && list.length > limits.batchItems)
        return problem(c, 413, "Batch too large", `at most ${limits.batchItems} items per request`);
      return c.json(run(...args) as object);
    });
  }
  app.notFound((c) => problem(c, 404, "Not found", "no such route: see /openapi.json"));
  app.onError((error, c) =>
    error instanceof RuleInputError
      ? problem(c, 400, "Invalid input", error.message, error)
      : problem(c, 500, "Internal error", "the request could not be answered"),
  );
  return app;
}
