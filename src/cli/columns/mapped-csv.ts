// Reading a flat portal export (CSV) through a column map (`ticket --columns MAP.yaml`): the
// header's columns are the export's own names ("Presented To MCO", "Upheld/Overturned"), each
// row becomes a ticket (map-row.ts). A mapped column the header lacks is a usage error before
// any row is read; a cell that cannot be read makes its row an error naming the line and the
// column, never the cell's content.
import { readFileSync } from "node:fs";
import type { Readable } from "node:stream";
import { parse as parseYaml } from "yaml";
import { parseInput, RuleInputError } from "../../core/errors.js";
import { csvRows } from "../csv-rows.js";
import { UsageError } from "../exit.js";
import { issuesText } from "../json-option.js";
import type { RecordItem } from "../records.js";
import { type ColumnMap, ColumnMapSchema } from "./column-map.js";
import { mappedColumns, ticketFromRow } from "./map-row.js";

/** The column map of `--columns FILE`, read and checked, or a UsageError naming the file. */
export function readColumnMap(path: string): ColumnMap {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new UsageError(`--columns ${path}: cannot read the file`);
  }
  try {
    return parseInput(ColumnMapSchema, parseYaml(text));
  } catch (error) {
    if (error instanceof RuleInputError) throw new UsageError(`--columns ${path}: ${issuesText(error)}`);
    throw new UsageError(`--columns ${path}: not valid YAML`);
  }
}

/** The records of a flat export read through `map`, in line order (its shape checked by csvRows). */
export async function* readMappedCsv(stream: Readable, map: ColumnMap): AsyncGenerator<RecordItem> {
  let names: readonly string[] = [];
  const header = (cells: readonly string[]) => {
    const present = new Set(cells);
    const missing = mappedColumns(map).filter((c) => !present.has(c));
    if (missing.length > 0)
      throw new UsageError(
        `the column map names column(s) the CSV header does not have: ${missing.map((c) => JSON.stringify(c.slice(0, 60))).join(", ")}`,
      );
    names = cells;
  };
  for await (const row of csvRows(stream, header)) {
    if ("error" in row) {
      yield row;
      continue;
    }
    const record = Object.fromEntries(names.map((name, i) => [name, row.cells[i] ?? ""]));
    const read = ticketFromRow(record, map);
    yield "error" in read
      ? { line: row.line, error: { field: `column ${JSON.stringify(read.error.column)}`, reason: read.error.reason } }
      : { line: row.line, value: read.value };
  }
}
