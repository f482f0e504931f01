// The limits of one request to the HTTP API, each an option of `serve` (docs/http.md).

/** The limits of one request, each a documented option of `serve`. */
export interface ServerLimits {
  /** The largest request body, in bytes (default 10 MiB). */
  readonly bodyBytes: number;
  /** The most items of one batch request (default 10,000). */
  readonly batchItems: number;
  /** The longest a batch may compute, in milliseconds, checked between items (default 30 s). */
  readonly batchMilliseconds: number;
}

export const DEFAULT_LIMITS: ServerLimits = Object.freeze({
  bodyBytes: 10 * 1024 * 1024,
  batchItems: 10_000,
  batchMilliseconds: 30_000,
});
