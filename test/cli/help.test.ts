// Every command's help is true: its --format line lists the formats the command really writes,
// its real default first (from one list, COMMAND_HELP), each of them is accepted, another one
// is refused with that same list, and its examples run.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { COMMAND_HELP, formatHelp } from "../../src/cli/help.js";
import { cli } from "./run-cli.js";

// Where a format that writes files (`--format eml --out DIR`) writes them during the tests.
const OUT = mkdtempSync(join(tmpdir(), "hfs-help-out-"));
afterAll(() => rmSync(OUT, { recursive: true, force: true }));

/** An example's arguments, without the program name and a redirection; without its --format if asked. */
function exampleArgs(example: string, keepFormat = false): string[] {
  const words = example.split(" ").slice(1);
  const end = words.indexOf(">");
  const args = end < 0 ? words : words.slice(0, end);
  const format = args.indexOf("--format");
  if (format >= 0 && !keepFormat) args.splice(format, 2);
  const out = args.indexOf("--out");
  if (out >= 0) args.splice(out + 1, 1, join(OUT, "example"));
  return args;
}

const squeeze = (text: string) => text.replace(/\s+/g, " ");

describe("each command's help", () => {
  for (const [path, help] of Object.entries(COMMAND_HELP)) {
    it(`${path}: the help lists its own formats, its default first, and its examples`, () => {
      const run = cli([...path.split(" "), "--help"]);
      expect(run.status).toBe(0);
      const text = squeeze(run.stdout);
      expect(text).toContain(`--format <format> ${formatHelp(help)}`);
      for (const example of help.examples) expect(text).toContain(`$ ${example}`);
      expect(text.includes("--max-record-size"), "--max-record-size where records are read").toBe(help.reads);
    });
    it(`${path}: accepts each format it lists, refuses another with that list`, () => {
      const args = exampleArgs(help.examples[0] ?? "");
      for (const format of help.formats) {
        const out = help.outFormats?.includes(format) ? ["--out", join(OUT, format)] : [];
        const run = cli([...args, "--format", format, ...out]);
        expect(run.stderr, `${path} --format ${format}`).not.toContain("--format must be");
        expect(run.status, `${path} --format ${format}: ${run.stderr}`).not.toBe(2);
      }
      const refused = cli([...args, "--format", "pdf"]);
      expect(refused.status).toBe(2);
      const list = `${help.formats.slice(0, -1).join(", ")} or ${help.formats.at(-1)}`;
      expect(refused.stderr.trim()).toBe(`hfs-mco-rules: --format must be ${list}, got "pdf"`);
    });
    it(`${path}: its examples run as written`, () => {
      for (const example of help.examples) {
        const run = cli(exampleArgs(example, true));
        expect(run.status, `${example}: ${run.stderr}`).toBeLessThan(2);
      }
    });
  }
  it("without --format, queue and statistics write their default, a table", () => {
    expect(cli(["statistics", "examples/data/tickets.json", "--as-of", "2024-12-31"]).stdout).toMatch(
      /^Portal statistics as of 2024-12-31\n/,
    );
    expect(cli(["queue", "examples/data/tickets.json", "--as-of", "2024-03-01"]).stdout).toMatch(/^Work queue as of/);
  });
});
