// One column of a column map, and the map-wide settings every kind of map shares: the date
// patterns tried in order, spreadsheet serial dates, the time zone that turns an instant into a
// calendar date, value lists for booleans and enumerations, a default for a blank cell.
// docs/cli.md, "Column maps".
import * as z from "zod/mini";
import { type DateReading, dayInZone } from "./read-date.js";

const Text = z.string().check(z.minLength(1));
const Patterns = z.union([Text, z.array(Text).check(z.minLength(1))]);

/** A column: its header name, or the name with how its cells are read. */
export const ColumnSpecSchema = z.union([
  Text,
  z.strictObject({
    /** The export's header name of the column. */
    column: Text,
    /** date-fns `parse` patterns for this column, tried in order (default: the map's `dateFormat`). */
    dateFormat: z.optional(Patterns),
    /** Whether a number is a spreadsheet serial date (default: the map's `serialDates`). */
    serialDates: z.optional(z.boolean()),
    /** The cells that read as true and as false (a boolean column; compared without case). */
    true: z.optional(z.array(z.string())),
    false: z.optional(z.array(z.string())),
    /** An enumeration: each cell text (compared without case) and the value it stands for. */
    values: z.optional(z.record(z.string(), z.unknown())),
    /** The value of a blank cell. */
    default: z.optional(z.unknown()),
  }),
]);
export type ColumnSpec = z.output<typeof ColumnSpecSchema>;

function knownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The settings of every kind of map. */
export const MAP_SETTINGS = {
  /** date-fns `parse` patterns of every date column, tried in order (default `yyyy-MM-dd`). */
  dateFormat: z._default(Patterns, "yyyy-MM-dd"),
  /** Whether a number in a date column is a spreadsheet serial date (1900 date system). */
  serialDates: z._default(z.boolean(), false),
  /** The IANA time zone whose calendar dates an instant (a timestamp with an offset) falls on. */
  timeZone: z._default(
    z.string().check(z.refine(knownZone, { error: "not an IANA time zone, e.g. America/Chicago" })),
    "America/Chicago",
  ),
  /** Constant values of the fields the export does not have. */
  defaults: z._default(z.record(z.string(), z.unknown()), {}),
};

export interface MapSettings {
  readonly dateFormat: string | readonly string[];
  readonly serialDates: boolean;
  readonly timeZone: string;
}

/** A column ready to read: its name and how its cells are read. */
export interface CompiledColumn {
  readonly column: string;
  readonly dates: DateReading;
  readonly true?: readonly string[];
  readonly false?: readonly string[];
  readonly values?: ReadonlyMap<string, unknown>;
  readonly hasDefault: boolean;
  readonly default?: unknown;
}

const list = (p: string | readonly string[]): readonly string[] => (typeof p === "string" ? [p] : p);
const lower = (values: readonly string[] | undefined) => values?.map((v) => v.trim().toLowerCase());

/** A compiler of a map's columns: the map's time zone is read once, not per cell. */
export function columnCompiler(settings: MapSettings): (spec: ColumnSpec) => CompiledColumn {
  const dayOf = dayInZone(settings.timeZone);
  const mapDates: DateReading = { patterns: list(settings.dateFormat), serial: settings.serialDates, dayOf };
  return (spec) => {
    if (typeof spec === "string") return { column: spec, dates: mapDates, hasDefault: false };
    const dates: DateReading = {
      patterns: spec.dateFormat === undefined ? mapDates.patterns : list(spec.dateFormat),
      serial: spec.serialDates ?? mapDates.serial,
      dayOf,
    };
    const values = spec.values && new Map(Object.entries(spec.values).map(([k, v]) => [k.trim().toLowerCase(), v]));
    const trues = lower(spec.true);
    const falses = lower(spec.false);
    return {
      column: spec.column,
      dates,
      ...(trues ? { true: trues } : {}),
      ...(falses ? { false: falses } : {}),
      ...(values ? { values } : {}),
      hasDefault: "default" in spec,
      ...("default" in spec ? { default: spec.default } : {}),
    };
  };
}

/** The header name of a column spec. */
export const columnName = (spec: ColumnSpec): string => (typeof spec === "string" ? spec : spec.column);
