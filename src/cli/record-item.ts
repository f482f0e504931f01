// A leaf module: csv.ts and records.ts both name the record type, so it lives apart from both.
/** One input record, or the reason it could not be read. `line` is 1-based. */
export type RecordItem =
  | { readonly line: number; readonly value: unknown }
  | { readonly line: number; readonly error: { readonly field: string; readonly reason: string } };
