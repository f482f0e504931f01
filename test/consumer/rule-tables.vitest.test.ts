// rule-tables.test.ts: every row of every rule table in `dir` as one vitest test.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { ruleTableTests } from "hfs-mco-rules/rule-tables";
import { describe, it } from "vitest";

// Your tables' folder. Here: the tables hfs-mco-rules ships, its own rule tables.
const dir = join(dirname(createRequire(import.meta.url).resolve("hfs-mco-rules/package.json")), "test", "rule-tables");

for (const file of readdirSync(dir).filter((name) => name.endsWith(".yaml"))) {
  describe(file, () => {
    for (const test of ruleTableTests(readFileSync(join(dir, file), "utf8"), join(dir, file)))
      it(test.title, test.check);
  });
}
