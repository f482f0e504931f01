// `ticket FILE --columns MAP.yaml`: a flat portal export read through a column map.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { ColumnMapSchema } from "../../src/cli/columns/column-map.js";
import { readCell, ticketFromRow } from "../../src/cli/columns/map-row.js";
import { cli, ROOT } from "./run-cli.js";

const CSV = "examples/data/portal-export.csv";
const MAP = "examples/data/portal-export.columns.yaml";
const map = ColumnMapSchema.parse(parse(readFileSync(join(ROOT, MAP), "utf8")));

describe("ticket --columns", () => {
  it("reads every row of the sample export", () => {
    const rows = readFileSync(join(ROOT, CSV), "utf8").trim().split("\n").length - 1;
    expect(rows).toBeGreaterThanOrEqual(10);
    const run = cli(["ticket", CSV, "--columns", MAP, "--as-of", "2024-10-15"]);
    expect(run.status, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.summary).toMatchObject({ records: rows, evaluated: rows, invalid: 0 });
    expect(out.results.map((r: { ticketNumber: string }) => r.ticketNumber)).toHaveLength(rows);
    const missing = out.results.find((r: { ticketNumber: string }) => r.ticketNumber === "PRP-24-1004");
    expect(missing.closure.reason).toBe("missing tracking number");
  });
  it("an impossible date is an error naming the row and the column, never the value", () => {
    const dir = mkdtempSync(join(tmpdir(), "export-"));
    const text = readFileSync(join(ROOT, CSV), "utf8").replace("06/04/2024", "02/30/2024");
    writeFileSync(join(dir, "bad.csv"), text);
    const run = cli(["ticket", join(dir, "bad.csv"), "--columns", MAP, "--as-of", "2024-10-15"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('line 2: column "Presented To MCO": not a date in the format MM/dd/yyyy');
    expect(run.stderr).not.toContain("02/30/2024");
  });
  it("a map naming a column the export lacks is a usage error", () => {
    const dir = mkdtempSync(join(tmpdir(), "export-"));
    writeFileSync(
      join(dir, "map.yaml"),
      readFileSync(join(ROOT, MAP), "utf8").replace("Medicare Only", "Medicare Flag"),
    );
    const run = cli(["ticket", CSV, "--columns", join(dir, "map.yaml")]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('"Medicare Flag"');
  });
});

describe("cells through a column map", () => {
  it("booleans as TRUE/FALSE, Yes/No, Y/N, 1/0 in any case", () => {
    for (const t of ["TRUE", "true", "Yes", "y", "Y", "1"])
      expect(readCell(t, "boolean", "MM/dd/yyyy")).toEqual({ value: true });
    for (const f of ["FALSE", "False", "no", "N", "0"])
      expect(readCell(f, "boolean", "MM/dd/yyyy")).toEqual({ value: false });
    expect(readCell("maybe", "boolean", "MM/dd/yyyy")).toHaveProperty("error");
    expect(readCell("", "boolean", "MM/dd/yyyy")).toHaveProperty("error");
  });
  it("US dates to ISO dates; an empty cell is null where the field allows null", () => {
    expect(readCell("07/01/2024", "date", "MM/dd/yyyy")).toEqual({ value: "2024-07-01" });
    expect(readCell("13/01/2024", "date", "MM/dd/yyyy")).toHaveProperty("error");
    expect(readCell("", "nullable-text", "MM/dd/yyyy")).toEqual({ value: null });
    expect(readCell("", "nullable-date", "MM/dd/yyyy")).toEqual({ value: null });
  });
  it("one event per event column with a date; the decision column sets the checkboxes", () => {
    const row = {
      "Ticket Number": "T-1",
      "Presented To MCO": "06/04/2024",
      "Proposal Date": "06/28/2024",
      "Upheld/Overturned": "overturned",
      "MCO Tracking #": "",
    } as Record<string, string>;
    const read = ticketFromRow(row, map);
    expect("value" in read).toBe(false); // MCO and the other text fields are empty
    const full = Object.fromEntries(
      (Object.values(map.fields) as string[]).map((c) => [
        c,
        c.includes("Date") || c.includes("Submitted")
          ? "05/20/2024"
          : c === "Ticket Number" || c === "MCO" || c === "Program" || c === "Provider Type"
            ? "x"
            : "FALSE",
      ]),
    );
    const ok = ticketFromRow({ ...full, ...row }, map);
    if (!("value" in ok)) throw new Error(JSON.stringify(ok));
    expect(ok.value.internalDispute).toMatchObject({ trackingNumber: null });
    expect(ok.value.events).toEqual([
      { type: "presented to MCO", date: "2024-06-04" },
      expect.objectContaining({
        type: "proposal submitted",
        date: "2024-06-28",
        checkboxes: { upheld: false, overturned: true },
      }),
    ]);
  });
});
