// `ticket --format eml --out DIR` (PORTAL-FINE-NOTICE): one message file per fined ticket, each the
// policy's exact subject and text for a mail parser, no member value in any; a missing --out or a
// mailbox that would inject a header is a usage error before any file is written.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import PostalMime from "postal-mime";
import { afterAll, describe, expect, it } from "vitest";
import type { TicketEvaluation, TicketInput } from "../../src/index.js";
import { cli, ROOT } from "./run-cli.js";

const TICKETS = "examples/data/tickets.json";
const work = mkdtempSync(join(tmpdir(), "hfs-eml-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("ticket --format eml", () => {
  it("writes one .eml per fined ticket, listed on stdout, each parsing to the fine notice", async () => {
    const out = join(work, "notices");
    const run = cli(["ticket", TICKETS, "--as-of", "2024-12-31", "--format", "eml", "--out", out, "-q"]);
    expect(run.status, run.stderr).toBe(0);
    const evaluations = JSON.parse(cli(["ticket", TICKETS, "--as-of", "2024-12-31", "-q"]).stdout)
      .results as TicketEvaluation[];
    const fined = evaluations.filter((e) => e.fineNotice !== null);
    expect(fined.length).toBeGreaterThan(0);
    const files = readdirSync(out).sort();
    expect(files).toEqual(fined.map((e) => `fine-notice-${e.ticketNumber}.eml`).sort());
    expect(run.stdout.trim().split("\n").sort()).toEqual(files.map((f) => join(out, f)));
    for (const evaluation of fined) {
      const mail = await PostalMime.parse(readFileSync(join(out, `fine-notice-${evaluation.ticketNumber}.eml`)));
      expect(mail.subject).toBe(evaluation.fineNotice?.subject);
      expect(mail.text?.replace(/\r?\n$/, "")).toBe(evaluation.fineNotice?.body);
    }
    const members = (JSON.parse(readFileSync(join(ROOT, TICKETS), "utf8")) as TicketInput[]).flatMap((t) =>
      t.members.flatMap((m) => [m.name, m.recipientId]),
    );
    const all = files.map((f) => readFileSync(join(out, f), "utf8")).join("\n");
    expect(members.length).toBeGreaterThan(0);
    expect(members.filter((value) => all.includes(value))).toEqual([]);
  });
  it("takes From and To from --mail-from and --mail-to (repeatable)", async () => {
    const out = join(work, "addressed");
    const args = ["--mail-from", "HFS Portal <portal@hfs.example>", "--mail-to", "a@plan.example"];
    const run = cli(["ticket", TICKETS, "--as-of", "2024-12-31", "--format", "eml", "--out", out, "-q", ...args]);
    expect(run.status, run.stderr).toBe(0);
    const [first = ""] = readdirSync(out);
    const mail = await PostalMime.parse(readFileSync(join(out, first)));
    expect([mail.from?.address, mail.to?.map((t) => t.address)]).toEqual(["portal@hfs.example", ["a@plan.example"]]);
  });
  it("without --out, or with a mailbox holding a line break, exits 2 with one line and writes nothing", () => {
    const noOut = cli(["ticket", TICKETS, "--as-of", "2024-12-31", "--format", "eml", "-q"]);
    expect([noOut.status, noOut.stderr]).toEqual([2, expect.stringMatching(/--out <dir>\n$/)]);
    const out = join(work, "never");
    const injected = "ops@plan.example\r\nBcc: everyone@plan.example";
    const run = cli([
      "ticket",
      TICKETS,
      "--as-of",
      "2024-12-31",
      "--format",
      "eml",
      "--out",
      out,
      "--mail-to",
      injected,
    ]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("settings.to[0]");
    expect(run.stderr).not.toContain("plan.example");
    expect(() => readdirSync(out)).toThrow();
  });
});
