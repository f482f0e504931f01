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
    // zod goes into the build: Node loads zod/mini as about 60 modules, and one file instead
    // halves what `import("hfs-mco-rules")` costs (bench: import figure). zod v4 recognises its
    // schemas and errors by their traits, not by identity, so the schemas of hfs-mco-rules/schemas
    // still compose with a caller's own zod. zod stays a dependency: the module-per-file build
    // below, and the types, import it by name.
    noExternal: ["zod"],
  },
  {
    // The same ESM, one file per source module, for bundlers (a browser bundle of the calendar
    // functions): with "sideEffects": false a bundler drops every module a program does not use,
    // the portal, the CLI's dependencies, the YAML reader and zod among them. Node loads the
    // build above (a few files load faster than 150).
    // src/cli/columns/ is in it: hfs-mco-rules/schemas exports the column maps' pure reading
    // (inputsFromRows); the rest of the CLI is not, nor the HTTP server (src/server: `serve`, in the
    // CLI's bundle with Hono, a dependency of the command only).
    entry: ["src/**/*.ts", "!src/cli/*.ts", "!src/cli/commands/**", "!src/server/**", "!src/internal.ts"],
    outDir: "dist/esm",
    format: ["esm"],
    bundle: false,
    dts: false,
    sourcemap: false,
    clean: false,
    target: "es2022",
  },
  {
    // The command-line tool: ESM only, with a shebang, one file holding the library and its
    // dependencies (commander, csv-parse, csv-stringify, ical-generator, yaml, date-fns, zod).
    // Node loads one file much faster than the ~300 small modules those packages are made of
    // (`--help` 0.47 s → 0.18 s): every run of the tool, and every CLI test, starts faster, and a
    // library user installs none of the CLI-only packages. Their licences are collected into
    // dist/cli-licenses.txt (scripts/cli-licenses.mjs). commander and yaml are CommonJS: the
    // banner gives the bundle a `require` for their Node built-ins.
    entry: { cli: "src/cli/index.ts" },
    format: ["esm"],
    platform: "node",
    noExternal: [/.*/],
    dts: false,
    // The tool never prints a stack trace (src/cli/index.ts), so a map of its bundle serves nobody.
    sourcemap: false,
    clean: false,
    target: "node20",
    banner: {
      js: '#!/usr/bin/env node\nimport { createRequire as cliRequire } from "node:module";\nconst require = cliRequire(import.meta.url);',
    },
  },
]);
