// The HTTP API (issue 28): tickets per second over HTTP against the same evaluations in this
// process, same run, and the latency of one evaluateTicket call under load. The server is the
// built command (`node dist/cli.js serve --port 0`) on localhost; single calls are driven by
// autocannon (a maintained HTTP load generator), the batch by one NDJSON request at a time.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";
import { evaluateTickets } from "../src/index.js";
import { ticketGenerator } from "./tickets.js";

type Autocannon = (
  options: object,
) => Promise<{ latency: { p99: number; p50: number }; requests: { average: number } }>;
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

export interface HttpFigure {
  readonly figure: string;
  readonly value: string;
  readonly goal: string;
  readonly met: boolean;
  readonly detail: string;
}

const BATCH = 5000;
const asOf = "2025-12-31";

async function startServer(): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, [join(import.meta.dirname, "..", "dist", "cli.js"), "serve", "--port", "0"]);
  return new Promise((resolve) => {
    let log = "";
    child.stderr.on("data", (chunk: Buffer) => {
      log += chunk.toString();
      const url = /"url":"(http:[^"]+)"/.exec(log)?.[1];
      if (url !== undefined) resolve({ url, stop: () => child.kill("SIGTERM") });
    });
  });
}

async function batchOverHttp(url: string, body: string): Promise<number> {
  const start = performance.now();
  const res = await fetch(`${url}/v1/evaluateTickets?settings=${encodeURIComponent(JSON.stringify({ asOf }))}`, {
    method: "POST",
    headers: { "content-type": "application/x-ndjson" },
    body,
  });
  const text = await res.text();
  if (text.split("\n").length < BATCH) throw new Error("the batch answered fewer lines than tickets");
  return performance.now() - start;
}

/** Batch throughput over HTTP ÷ in process (best of `rounds`), and one call's p99 latency under load. */
export async function httpFigures(rounds: number): Promise<HttpFigure[]> {
  const next = ticketGenerator();
  const tickets = Array.from({ length: BATCH }, (_, i) => next(i));
  const body = tickets.map((t) => JSON.stringify(t)).join("\n");
  const server = await startServer();
  try {
    let http = Number.POSITIVE_INFINITY;
    let local = Number.POSITIVE_INFINITY;
    await batchOverHttp(server.url, body); // warm-up
    for (let r = 0; r < rounds; r++) {
      http = Math.min(http, await batchOverHttp(server.url, body));
      const start = performance.now();
      // In process, as a caller would: evaluate and write each result as a JSON line.
      const lines = evaluateTickets(tickets, { asOf }).map((e) => JSON.stringify(e));
      local = Math.min(local, performance.now() - start + (lines.length > 0 ? 0 : 1));
    }
    const share = local / http;
    const single = await autocannon({
      url: `${server.url}/v1/evaluateTicket`,
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ input: tickets[0], settings: { asOf } }),
      connections: 4,
      duration: 5,
    });
    return [
      {
        figure: `http: evaluateTickets as NDJSON over HTTP, ${BATCH} tickets ÷ the same in process (throughput)`,
        value: `${(share * 100).toFixed(0)}%`,
        goal: "≥ 50%",
        met: share >= 0.5,
        detail: `${((BATCH / http) * 1000).toFixed(0)} vs ${((BATCH / local) * 1000).toFixed(0)} tickets/s`,
      },
      {
        figure: "http: one evaluateTicket call under load (autocannon, 4 connections, 5 s): p99 latency",
        value: `${single.latency.p99} ms`,
        goal: "reported",
        met: true,
        detail: `p50 ${single.latency.p50} ms, ${single.requests.average.toFixed(0)} requests/s`,
      },
    ];
  } finally {
    server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(await httpFigures(3));
