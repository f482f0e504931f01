// ISO dates at the edges, day numbers inside (principle 2). The arithmetic and checks are in
// dates.ts, the zod schema in iso-date-schema.ts: two modules, so that a bundler drops the
// schema (and zod) from a bundle that uses the calendar functions alone (the package declares
// no side effects, so an unused module is dropped whole).
export * from "./dates.js";
export { IsoDateSchema } from "./iso-date-schema.js";
