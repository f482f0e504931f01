// A leaf module: csv.ts and records.ts both name the record type, so it lives apart from both.
/** One reason a record cannot be read, at a line (a grouped record's rows have lines of their own). */
export interface ItemError {
  readonly field: string;
  readonly reason: string;
}

/**
 * One input record, or the reason it could not be read. `line` is 1-based. A record read through
 * a column map lists every error of its rows: the first in `error`, the others in `more`.
 */
export type RecordItem =
  | { readonly line: number; readonly value: unknown }
  | {
      readonly line: number;
      readonly error: ItemError;
      readonly more?: readonly (ItemError & { readonly line: number })[];
    };

/** Every error of an unreadable record, each with its line. */
export function itemErrorList(
  item: Extract<RecordItem, { error: unknown }>,
): { line: number; field: string; reason: string }[] {
  return [{ line: item.line, ...item.error }, ...(item.more ?? [])];
}
