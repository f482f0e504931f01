// `npm run bench`: every benchmark of bench/, one after the other.
import { readdirSync } from "node:fs";

const skip = new Set(["index.ts", "random.ts"]);
for (const file of readdirSync(import.meta.dirname).filter((f) => f.endsWith(".ts") && !skip.has(f)).sort()) {
  console.log(`\n== bench/${file}`);
  await import(`./${file}`);
}
