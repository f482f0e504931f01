// Reading a flat export (CSV) through a column map (`--columns MAP.yaml`): the header's columns
// are the export's own names ("Presented To MCO", "Upheld/Overturned"); each row (tickets) or
// each group of rows (WebCM members, spenddown provider quarters) becomes an input
// (inputs-from-rows.ts). A mapped column the header lacks is a usage error before any row is
// read; a record that cannot be read is an error naming the file, the line and the column of
// each bad cell, never its content.
import { readFileSync } from "node:fs";
import type { Readable } from "node:stream";
import { parse as parseYaml } from "yaml";
import { RuleInputError } from "../../core/errors.js";
import { csvRows } from "../csv-rows.js";
import { UsageError } from "../exit.js";
import { yamlSource } from "../warnings.js";
import { issuesText } from "../json-option.js";
import type { RecordItem } from "../records.js";
import type { RecordReader } from "../reading.js";
import type { MappedRecord } from "./group-rows.js";
import { type AnyColumnMap, type ColumnMapKind, columnMapOf, columnsOfMap, rowMapper } from "./inputs-from-rows.js";

export type { ColumnMap } from "./column-map.js";

const KIND_NAMES: Readonly<Record<ColumnMapKind, string>> = {
  tickets: "tickets",
  webcm: "WebCM member histories",
  spenddown: "spenddown provider quarters",
};

/** The column map of `--columns FILE`, read and checked (of `kind` when given), or a UsageError naming the file. */
export function readColumnMap(path: string, kind?: ColumnMapKind): AnyColumnMap {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new UsageError(`--columns ${path}: cannot read the file`);
  }
  let map: AnyColumnMap;
  try {
    // A map is the analyst's own file, never record data: its YAML errors are not echoed all the same.
    // Its YAML warnings become lines naming the file and line (src/cli/warnings.ts), never raw.
    map = columnMapOf(yamlSource(path, () => parseYaml(text)));
  } catch (error) {
    if (error instanceof RuleInputError) throw new UsageError(`--columns ${path}: ${issuesText(error)}`);
    throw new UsageError(`--columns ${path}: not valid YAML`);
  }
  if (kind !== undefined && map.kind !== kind)
    throw new UsageError(`--columns ${path}: a map of ${KIND_NAMES[map.kind]}, where ${KIND_NAMES[kind]} are read`);
  return map;
}

/** The maps of repeated `--columns` options, at most one of each kind. */
export function readColumnMaps(paths: readonly string[] | string | undefined): Map<ColumnMapKind, AnyColumnMap> {
  const maps = new Map<ColumnMapKind, AnyColumnMap>();
  for (const path of typeof paths === "string" ? [paths] : (paths ?? [])) {
    const map = readColumnMap(path);
    if (maps.has(map.kind)) throw new UsageError(`--columns ${path}: a second map of ${KIND_NAMES[map.kind]}`);
    maps.set(map.kind, map);
  }
  return maps;
}

function recordItem(record: MappedRecord, file: string | undefined): RecordItem {
  if ("value" in record) return record;
  // The file is named after the reason: `queue` reads several exports, each with its own lines.
  const at = file === undefined ? "" : ` (in ${file})`;
  const [first, ...rest] = record.errors.map((e) => ({
    line: e.line ?? record.line,
    field: e.field ?? (e.column === "" ? "record" : `column ${JSON.stringify(e.column)}`),
    reason: `${e.reason}${at}`,
  }));
  return {
    line: first?.line ?? record.line,
    error: { field: first?.field ?? "record", reason: first?.reason ?? "cannot be read" },
    more: rest,
  };
}

/**
 * The header's names, checked against the map: every mapped column once. Only the map's own
 * names (the analyst's file) are quoted, never the header's other cells, which may be data.
 */
function headerOf(cells: readonly string[], map: AnyColumnMap): string[] {
  const names = cells.map((h) => h.trim());
  const mapped = columnsOfMap(map);
  const missing = mapped.filter((c) => !names.includes(c));
  const quote = (c: string) => JSON.stringify(c.slice(0, 60));
  if (missing.length > 0)
    throw new UsageError(
      `the column map names column(s) the CSV header does not have: ${missing.map(quote).join(", ")}`,
    );
  const twice = mapped.filter((c) => names.indexOf(c) !== names.lastIndexOf(c));
  if (twice.length > 0)
    throw new UsageError(`the CSV header names a mapped column twice: ${twice.map(quote).join(", ")}`);
  return names;
}

/**
 * The records of a flat export read through `map`, in line order (grouped kinds: when all rows are
 * read). The rows' shape (as many cells as the header, a header that does not read like data, the
 * record size limit) is checked by csvRows: a row of the wrong shape is its own error.
 */
export async function* readMappedCsv(stream: Readable, map: AnyColumnMap, file?: string): AsyncGenerator<RecordItem> {
  const mapper = rowMapper(map);
  let header: readonly string[] = [];
  for await (const row of csvRows(stream, (cells) => {
    header = headerOf(cells, map);
  })) {
    if ("error" in row && (row.cells === undefined || map.kind === "tickets")) {
      const { cells: _, ...item } = row;
      yield item;
      continue;
    }
    // A row of the wrong shape in a grouped export makes its whole record (member, provider
    // quarter) invalid: the record is never evaluated without one of its rows.
    const rowErrors = "error" in row ? [{ column: "", ...row.error, line: row.line }] : [];
    const record = Object.fromEntries(header.map((name, i) => [name, row.cells?.[i] ?? ""]));
    for (const r of mapper.add(record, row.line, rowErrors)) yield recordItem(r, file);
  }
  for (const r of mapper.end()) yield recordItem(r, file);
}

/** The reader of `--columns` for an input (`file`: named in the errors), or undefined without a map. */
export function mappedReader(map: AnyColumnMap | undefined, file?: string): RecordReader | undefined {
  return map === undefined ? undefined : (stream) => readMappedCsv(stream, map, file);
}
