// Module hooks (node --import ./register-loads.mjs): appends the URL of every module resolved,
// one per line, to the file named by data.file. The library-footprint test reads it.
import { appendFileSync } from "node:fs";

let file;
export function initialize(data) {
  file = data.file;
}
export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context);
  appendFileSync(file, `${resolved.url}\n`);
  return resolved;
}
