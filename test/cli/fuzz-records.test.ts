// Generated hostile records through the built CLI: samples with one to three changes anywhere
// in their tree (blank and line-separator strings, near-dates, other types, removed and added
// keys: test/schemas/mutations.ts) and with canary member names, RINs and dates of service put
// at random places (as a value or a key). Every command and output format must answer with its
// documented exit code (0, or 1 when a record is bad: the batch goes on), never a stack trace,
// and never a canary on stderr or in the JSON `errors`. Fixed seeds: the same records each run.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nearValid } from "../schemas/mutations.js";
import { cli } from "./run-cli.js";

const NAME = "ZZCANARY-Name";
const RIN = "987654321";
const DOS = "1961-13-45";
const CANARIES = [NAME, "ZZCANARY", RIN, DOS];
const CANARY_VALUES: unknown[] = [
  NAME,
  RIN,
  Number(RIN),
  { name: NAME },
  [RIN],
  DOS,
  `${NAME}\u2028`,
  ` ${RIN} `,
  `=${NAME}`,
];

type Path = (string | number)[];
function paths(value: unknown, at: Path = []): Path[] {
  if (Array.isArray(value)) return [at, ...value.flatMap((v, i) => paths(v, [...at, i]))];
  if (value !== null && typeof value === "object")
    return [at, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...at, k]))];
  return [at];
}

/** `sample` with canaries put at the picked places: as a value, or under a canary key. */
function withCanaries(sample: unknown, picks: readonly [number, number, boolean][]): unknown {
  const root = structuredClone(sample) as Record<string | number, unknown>;
  for (const [at, which, asKey] of picks) {
    const all = paths(root).filter((p) => p.length > 0);
    const path = all[at % all.length];
    if (!path) continue;
    const parent = path
      .slice(0, -1)
      .reduce<Record<string | number, unknown>>((node, key) => node[key] as Record<string | number, unknown>, root);
    const value = structuredClone(CANARY_VALUES[which % CANARY_VALUES.length]);
    if (asKey && !Array.isArray(parent)) parent[`${NAME}${RIN}`] = value;
    else parent[path[path.length - 1] as string | number] = value;
  }
  return root;
}

const hostile = (samples: readonly unknown[]): fc.Arbitrary<unknown> =>
  fc.oneof(
    nearValid(samples),
    fc
      .tuple(
        fc.constantFrom(...samples),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { minLength: 1, maxLength: 3 }),
      )
      .map(([s, p]) => withCanaries(s, p)),
  );

const DIR = mkdtempSync(join(tmpdir(), "hfs-cli-fuzz-"));
const ndjsonLines = (path: string) =>
  readFileSync(path, "utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as unknown);
function records(name: string, samples: readonly unknown[], seed: number): string {
  const path = join(DIR, `${name}.ndjson`);
  writeFileSync(
    path,
    `${fc
      .sample(hostile(samples), { numRuns: 150, seed })
      .map((r) => JSON.stringify(r))
      .join("\n")}\n`,
  );
  return path;
}

const tickets = records("tickets", JSON.parse(readFileSync("examples/data/tickets.json", "utf8")), 1);
const members = records("members", ndjsonLines("examples/data/webcm-members.ndjson"), 2);
const quarters = records("quarters", ndjsonLines("examples/data/spenddown-quarters.ndjson"), 3);
const fines = records(
  "fines",
  [
    {
      ticketNumber: "T-1",
      mco: "Meridian",
      dueDate: "2024-02-05",
      overdueOn: "2024-02-06",
      issuedOn: "2024-02-07",
      amountCents: 500000,
    },
  ],
  4,
);

const runs: [string, string[]][] = [
  ["ticket", ["ticket", tickets]],
  ["ticket --format ics", ["ticket", tickets, "--format", "ics"]],
  ["ticket --format html --project", ["ticket", tickets, "--format", "html", "--project"]],
  ["queue --format csv", ["queue", tickets, "--webcm", members, "--spenddown", quarters, "--format", "csv"]],
  ["statistics --format csv", ["statistics", tickets, "--format", "csv"]],
  ["sanctions notices --from-tickets", ["sanctions", "notices", "--from-tickets", tickets]],
  ["webcm deadlines --format ics", ["webcm", "deadlines", members, "--format", "ics"]],
  ["webcm report", ["webcm", "report", members, "--quarter", "2024-Q1", "--mco", "Meridian"]],
  ["spenddown quarter --format table", ["spenddown", "quarter", quarters, "--format", "table"]],
  ["sanctions notices", ["sanctions", "notices", fines]],
];

describe("generated hostile records through the CLI", () => {
  for (const [name, args] of runs) {
    it(name, () => {
      const run = cli([...args, "--as-of", "2024-07-10"]);
      expect(run.status, run.stderr.slice(0, 2000)).toBeOneOf([0, 1]);
      expect(run.stderr).not.toMatch(/TypeError|RangeError|\n\s+at |node:internal/);
      expect(
        CANARIES.filter((c) => run.stderr.includes(c)),
        run.stderr.slice(0, 2000),
      ).toEqual([]);
      if (run.stdout.startsWith("{")) {
        const errors = JSON.stringify(JSON.parse(run.stdout).errors ?? []);
        expect(
          CANARIES.filter((c) => errors.includes(c)),
          errors.slice(0, 2000),
        ).toEqual([]);
      }
    });
  }
});
