import type { InvalidItem } from "../core/batch.js";

// The fines' schemas are the boundary's (./fine-schema.ts); they are re-exported here for the
// areas that read fines (the statistics' records). The boundary reads fines one by one
// (parseFinesEach, src/api/operations/sanctions-runs.ts).
export { type FineInput, FineSchema, FinesSchema } from "./fine-schema.js";

/** A fine the sanction calendar could not read, under `onError: "collect"` (`index` 0-based in the fines). */
export type InvalidFine = InvalidItem<"ticketNumber">;
