// The HTTP API answers what the library answers (docs/http.md): the app is served by Node's HTTP
// server on an ephemeral port and called with fetch, as any client would; test/cli/serve.test.ts
// starts the built command. Every answer is compared with the library's for the same input.
import { Validator } from "@seriousme/openapi-schema-validator";
import fc from "fast-check";
import { type ServerType, serve } from "@hono/node-server";
import type { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/server/app.js";
import {
  compareEvaluations,
  evaluateContactDeadlines,
  evaluateProviderQuarter,
  evaluateSanctionNotices,
  evaluateTicket,
  evaluateTickets,
  illinoisStateCalendar,
  RULES,
} from "../../src/index.js";
import { portalCaseArb, sanctionsCaseArb, spenddownCaseArb, webcmCaseArb } from "../outputs/arbitraries.js";
import { ticketArb } from "../portal/arbitraries.js";
import { sampleInputs } from "../impact/samples.js";

/** `app` on an ephemeral port: its base URL, and how to close it. */
function listen(app: Hono): Promise<{ base: string; server: ServerType }> {
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info) =>
      resolve({ base: `http://127.0.0.1:${info.port}`, server }),
    );
  });
}
const servers: ServerType[] = [];
let base = "";
beforeAll(async () => {
  const served = await listen(createApp("0.0.0-test"));
  servers.push(served.server);
  base = served.base;
});
afterAll(() => {
  for (const server of servers) server.close();
});
const request = (path: string, init?: RequestInit) => fetch(`${base}${path}`, init);
const post = (path: string, body: unknown, type = "application/json") =>
  request(path, {
    method: "POST",
    headers: { "content-type": type },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
const plain = (value: unknown) => JSON.parse(JSON.stringify(value));
const CANARY = ["Zelda Quartermain", "987654321"];

describe("the HTTP API answers as the library", () => {
  it("evaluateTicket: the same result for random valid tickets", async () => {
    await fc.assert(
      fc.asyncProperty(ticketArb, fc.constantFrom("2024-01-15", "2025-06-30"), async (ticket, asOf) => {
        const res = await post("/v1/evaluateTicket", { input: ticket, settings: { asOf, detail: "full" } });
        expect(res.status).toBe(200);
        expect(await res.json()).toEqual(plain(evaluateTicket(ticket, { asOf, detail: "full" })));
      }),
      { numRuns: 25 },
    );
  });
  it("every area's evaluation and the what-if comparison: the same result for random valid cases", async () => {
    const cases = fc.record({
      portal: portalCaseArb,
      webcm: webcmCaseArb,
      spenddown: spenddownCaseArb,
      sanctions: sanctionsCaseArb,
    });
    await fc.assert(
      fc.asyncProperty(cases, async ({ portal, webcm, spenddown, sanctions }) => {
        const calls: [string, unknown, object, unknown][] = [
          [
            "evaluateTickets",
            portal.tickets,
            { asOf: portal.asOf },
            evaluateTickets(portal.tickets, { asOf: portal.asOf }),
          ],
          [
            "evaluateContactDeadlines",
            webcm.histories[0],
            { asOf: webcm.asOf },
            evaluateContactDeadlines(webcm.histories[0] as never, { asOf: webcm.asOf }),
          ],
          [
            "evaluateProviderQuarter",
            spenddown.quarter,
            { asOf: spenddown.asOf },
            evaluateProviderQuarter(spenddown.quarter, { asOf: spenddown.asOf }),
          ],
          [
            "evaluateSanctionNotices",
            { fines: sanctions.fines },
            { asOf: sanctions.asOf },
            evaluateSanctionNotices({ fines: sanctions.fines }, { asOf: sanctions.asOf }),
          ],
        ];
        for (const [name, input, settings, expected] of calls) {
          const res = await post(`/v1/${name}`, { input, settings });
          expect(await res.json(), name).toEqual(plain(expected));
        }
        const inputs = { tickets: portal.tickets, webcmMembers: webcm.histories, fines: sanctions.fines };
        const after = {
          options: { portal: { mcoClockStart: "portal-receipt" }, sanctions: { fineDateBasis: "overdue" } },
        };
        const res = await post("/v1/compareEvaluations", { input: inputs, settings: { asOf: portal.asOf, after } });
        expect(await res.json()).toEqual(plain(compareEvaluations(inputs, { asOf: portal.asOf, after })));
      }),
      { numRuns: 10 },
    );
  });
  it("every area's evaluation and the what-if comparison, on the shipped samples", async () => {
    const samples = sampleInputs();
    const asOf = "2024-09-01";
    const calls: [string, unknown, unknown][] = [
      [
        "evaluateContactDeadlines",
        samples.webcmMembers?.[0],
        evaluateContactDeadlines(samples.webcmMembers?.[0] as never, { asOf }),
      ],
      [
        "evaluateProviderQuarter",
        samples.spenddownQuarters?.[0],
        evaluateProviderQuarter(samples.spenddownQuarters?.[0] as never, { asOf }),
      ],
      [
        "evaluateSanctionNotices",
        { fines: samples.fines },
        evaluateSanctionNotices({ fines: samples.fines } as never, { asOf }),
      ],
      ["evaluateTickets", samples.tickets, evaluateTickets(samples.tickets as never, { asOf })],
    ];
    for (const [name, input, expected] of calls) {
      const res = await post(`/v1/${name}`, { input, settings: { asOf } });
      expect(await res.json(), name).toEqual(plain(expected));
    }
    const after = { options: { portal: { mcoClockStart: "portal-receipt" } } };
    const res = await post("/v1/compareEvaluations", { input: samples, settings: { asOf, after } });
    expect(await res.json()).toEqual(plain(compareEvaluations(samples, { asOf, after })));
  });
  it("a calendar as JSON: the calendar input of the command line", async () => {
    const calendar = { add: [{ date: "2024-07-05", name: "Office closure" }] };
    const [ticket] = sampleInputs().tickets ?? [];
    const res = await post("/v1/evaluateTicket", { input: ticket, settings: { asOf: "2024-07-10", calendar } });
    const body = (await res.json()) as { proposalDueDate: string };
    expect(body.proposalDueDate).toBe("2024-07-08");
  });
  it("several values: { arguments: [...] }", async () => {
    const res = await post("/v1/addBusinessDays", { arguments: ["2024-07-03", 1] });
    expect(await res.json()).toBe("2024-07-05");
  });
  it("a batch as NDJSON: one answer a line, a bad line its own error", async () => {
    const tickets = (sampleInputs().tickets ?? []).slice(0, 2);
    const body = [
      JSON.stringify(tickets[0]),
      "{not json",
      JSON.stringify({ ticketNumber: 1, members: [{ name: CANARY[0] }] }),
      JSON.stringify(tickets[1]),
    ].join("\n");
    const res = await request("/v1/evaluateTickets?settings=%7B%22asOf%22%3A%222024-09-01%22%7D", {
      method: "POST",
      headers: { "content-type": "application/x-ndjson" },
      body,
    });
    const text = await res.text();
    const lines = text
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.line)).toEqual([1, 2, 3, 4]);
    expect(lines[0].result).toEqual(plain(evaluateTicket(tickets[0] as never, { asOf: "2024-09-01" })));
    expect(lines[1].error.title).toBe("Invalid JSON");
    expect(lines[2].error.issues.length).toBeGreaterThan(0);
    for (const c of CANARY) expect(text).not.toContain(c);
  });
});

describe("the catalogue over HTTP", () => {
  it("rules, one rule, sources, a year's holidays", async () => {
    expect(await (await request("/v1/rules")).json()).toEqual(plain(RULES));
    expect(((await (await request("/v1/rules/PORTAL-FINE")).json()) as { id: string }).id).toBe("PORTAL-FINE");
    expect((await request("/v1/rules/NOPE")).status).toBe(404);
    const holidays = (await (await request("/v1/calendar/holidays?year=2024")).json()) as { holidays: unknown };
    expect(holidays.holidays).toEqual(plain(illinoisStateCalendar().holidays(2024)));
    expect((await request("/v1/calendar/holidays?year=x")).status).toBe(400);
    expect((await request("/healthz")).status).toBe(200);
  });
  it("the OpenAPI document is valid OpenAPI 3.1, and every route of it answers (not 404)", async () => {
    const doc = (await (await request("/openapi.json")).json()) as {
      openapi: string;
      paths: Record<string, object>;
    };
    expect(doc.openapi).toBe("3.1.0");
    const validation = await new Validator().validate(doc as never);
    expect(validation.errors ?? []).toEqual([]);
    expect(validation.valid).toBe(true);
    expect(Object.keys(doc.paths).length).toBeGreaterThan(40);
    for (const [path, methods] of Object.entries(doc.paths)) {
      const url = path.replace("{id}", "PORTAL-FINE") + (path.endsWith("holidays") ? "?year=2024" : "");
      const res = "post" in methods ? await post(url, {}) : await request(url);
      expect(res.status, path).not.toBe(404);
    }
  });
});

describe("hostile requests get a problem, never a value back", () => {
  it("invalid JSON, a wrong type, an unknown route, a bad input", async () => {
    const bad = await post("/v1/evaluateTicket", `{"input": "${CANARY[0]}`);
    expect(bad.status).toBe(400);
    expect(bad.headers.get("content-type")).toBe("application/problem+json");
    expect(await bad.text()).not.toContain("Zelda");
    expect((await post("/v1/evaluateTicket", "{}", "text/plain")).status).toBe(415);
    expect((await post("/v1/noSuchOperation", {})).status).toBe(404);
    const input = await post("/v1/evaluateTicket", {
      input: { ticketNumber: CANARY[1], members: [{ name: CANARY[0] }] },
      settings: { asOf: "2024-09-01" },
    });
    expect(input.status).toBe(400);
    const text = await input.text();
    for (const c of CANARY) expect(text).not.toContain(c);
    expect(JSON.parse(text).issues.length).toBeGreaterThan(0);
  });
  it("a body nested too deeply is a problem, not a crash", async () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    const res = await post("/v1/evaluateTicket", `{"input": ${deep}, "settings": {"asOf": "2024-09-01"}}`);
    expect([400]).toContain(res.status);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
  });
  it("a body over the limit, a batch over the cap", async () => {
    const served = await listen(createApp("0", { bodyBytes: 1000, batchItems: 2, batchMilliseconds: 1000 }));
    servers.push(served.server);
    const small = { request: (path: string, init: RequestInit) => fetch(`${served.base}${path}`, init) };
    const big = await small.request("/v1/evaluateTicket", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ input: "x".repeat(2000) }),
    });
    expect(big.status).toBe(413);
    const many = await small.request("/v1/evaluateTickets", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ input: [1, 2, 3] }),
    });
    expect(many.status).toBe(413);
  });
});
