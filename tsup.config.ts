import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "node20",
    splitting: false,
    treeshake: true,
  },
  {
    // The same ESM, one file per source module, for bundlers (a browser bundle of the calendar
    // functions): with "sideEffects": false a bundler drops every module a program does not use,
    // the portal, the CLI's dependencies, the YAML reader and zod among them. Node loads the
    // single-file build above (one file loads faster than 150).
    entry: ["src/**/*.ts", "!src/cli/**"],
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
