// `serve` as an operator runs it: the real server on a free port, called with Node's fetch; a
// SIGTERM lets it finish and exit 0. What it answers is tested in process (test/server/).
import { spawn } from "node:child_process";
import { connect } from "node:net";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CLI, ROOT } from "./run-cli.js";

function start(...args: string[]): Promise<{ url: string; stop: () => Promise<{ code: number | null; log: string }> }> {
  const child = spawn(process.execPath, [CLI, "serve", "--port", "0", ...args], { cwd: ROOT });
  let log = "";
  const exited = new Promise<number | null>((done) => child.on("exit", (code) => done(code)));
  return new Promise((resolve, reject) => {
    child.stderr.on("data", (chunk: Buffer) => {
      log += chunk.toString();
      const url = /"url":"(http:[^"]+)"/.exec(log)?.[1];
      const stop = async () => {
        child.kill("SIGTERM");
        return { code: await exited, log };
      };
      if (url !== undefined) resolve({ url, stop });
    });
    child.on("error", reject);
  });
}

describe("serve", () => {
  it("answers on a free port, logs one JSON line per request without a value, stops on SIGTERM with 0", async () => {
    const server = await start();
    const health = await fetch(`${server.url}/healthz`);
    expect(await health.json()).toEqual({ status: "ok" });
    const [ticket] = JSON.parse(readFileSync(`${ROOT}/examples/data/tickets.json`, "utf8"));
    const answer = await fetch(`${server.url}/v1/evaluateTicket`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        input: { ...ticket, members: [{ name: "Zelda Quartermain" }] },
        settings: { asOf: "2024-09-01" },
      }),
    });
    expect(answer.status).toBe(400);
    const { code, log } = await server.stop();
    expect(code).toBe(0);
    expect(log).not.toContain("Zelda");
    const lines = log
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toContainEqual(expect.objectContaining({ method: "POST", route: "/v1/evaluateTicket", status: 400 }));
    expect(lines.at(-1)).toMatchObject({ event: "stopping", signal: "SIGTERM" });
  });
  it("cuts off a slow sender: a body that never arrives gets 408 within the request timeout", async () => {
    const server = await start("--request-timeout", "1");
    const { hostname, port } = new URL(server.url);
    const answer = await new Promise<string>((resolve) => {
      const socket = connect(Number(port), hostname, () => {
        socket.write("POST /v1/evaluateTicket HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n");
        socket.write("Content-Length: 1000\r\n\r\n{");
      });
      let text = "";
      socket.on("data", (chunk) => {
        text += chunk.toString();
      });
      socket.on("close", () => resolve(text));
    });
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect((await server.stop()).code).toBe(0);
  });
});
