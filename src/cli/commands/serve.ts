// `serve`: the HTTP API (docs/http.md) on a port, with its limits; one JSON log line per request
// on stderr (method, route, status, milliseconds: never a body, a query or a header, so never a
// member value). SIGTERM, SIGINT or SIGHUP: stop accepting, finish the requests in flight, exit 0.
import type { Command } from "commander";
import { serve } from "@hono/node-server";
import packageJson from "../../../package.json" with { type: "json" };
import { createApp, DEFAULT_LIMITS, type ServerLimits } from "../../server/app.js";
import { UsageError } from "../context.js";
import { onFirstStopSignal } from "../interrupt.js";

type ServeOptions = {
  port: string;
  host: string;
  maxBody?: string;
  maxBatch?: string;
  batchTimeLimit?: string;
  requestTimeout?: string;
};

function positive(value: string | undefined, flag: string, fallback: number, unit = 1): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${flag} must be a positive number`);
  return Math.round(n * unit);
}

function limitsOf(options: ServeOptions): ServerLimits {
  return {
    bodyBytes: positive(options.maxBody, "--max-body", DEFAULT_LIMITS.bodyBytes, 1024 * 1024),
    batchItems: positive(options.maxBatch, "--max-batch", DEFAULT_LIMITS.batchItems),
    batchMilliseconds: positive(options.batchTimeLimit, "--batch-time-limit", DEFAULT_LIMITS.batchMilliseconds, 1000),
  };
}

const logLine = (line: object) =>
  process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), ...line })}\n`);

/** Registers `serve`. */
export function serveCommand(program: Command): void {
  program
    .command("serve")
    .description("the HTTP API: every operation as POST /v1/<operation>, the OpenAPI document at /openapi.json")
    .option("--port <n>", "the port (0: any free port, said on stderr)", "8080")
    .option("--host <host>", "the address to listen on", "127.0.0.1")
    .option("--max-body <MiB>", "the largest request body, in MiB (default 10)")
    .option("--max-batch <n>", "the most items of one batch request (default 10000)")
    .option("--batch-time-limit <s>", "the longest a batch computes, in seconds, checked between items (default 30)")
    .option("--request-timeout <s>", "the longest a client may take to send its request, in seconds (default 60)")
    .action((options: ServeOptions) => {
      const port = Number(options.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError("--port must be 0 to 65535");
      const app = createApp(packageJson.version, limitsOf(options), logLine);
      // A slow sender (headers or body trickling in) is cut off: Node answers 408 and closes.
      const requestTimeout = positive(options.requestTimeout, "--request-timeout", 60_000, 1000);
      const serverOptions = {
        requestTimeout,
        headersTimeout: Math.min(requestTimeout, 60_000),
        connectionsCheckingInterval: Math.min(requestTimeout, 1000),
      };
      const server = serve({ fetch: app.fetch, port, hostname: options.host, serverOptions }, (info) =>
        logLine({ event: "listening", url: `http://${options.host}:${info.port}` }),
      );
      onFirstStopSignal((signal) => {
        logLine({ event: "stopping", signal });
        server.close(() => process.exit(0));
      });
    });
}
