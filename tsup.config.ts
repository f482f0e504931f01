import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The entries of package.json "exports": the root (operations and vocabulary), the zod
    // schemas and the rule-table runner. Code splitting puts what they share in common chunks,
    // so that RuleInputError (and every schema) is one class in a process that loads two entries.
    entry: { index: "src/index.ts", schemas: "src/schemas.ts", "rule-tables": "src/rule-tables/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "node20",
    splitting: true,
    treeshake: true,
  },
  {
    // The same ESM, one file per source module, for bundlers (a browser bundle of the calendar
    // functions): with "sideEffects": false a bundler drops every module a program does not use,
    // the portal, the CLI's dependencies, the YAML reader and zod among them. Node loads the
    // build above (a few files load faster than 150).
    // src/cli/columns/ is in it: hfs-mco-rules/schemas exports the column maps' pure reading
    // (inputsFromRows); the rest of the CLI is not.
    entry: ["src/**/*.ts", "!src/cli/*.ts", "!src/cli/commands/**", "!src/internal.ts"],
    outDir: "dist/esm",
    format: ["esm"],
    bundle: false,
    dts: false,
    sourcemap: false,
    clean: false,
    target: "es2022",
  },
  {
    // The command-line tool: ESM only, with a shebang; it imports the library from the bundle.
    entry: { cli: "src/cli/index.ts" },
    format: ["esm"],
    dts: false,
    sourcemap: true,
    clean: false,
    target: "node20",
    banner: { js: "#!/usr/bin/env node" },
  },
]);
