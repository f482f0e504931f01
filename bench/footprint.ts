// The footprint figures of `npm run bench` (issue 23, item 7): the esbuild browser bundle of one
// operation alone, minified and gzipped, with zod's share of it; and the time of
// `import("hfs-mco-rules")` against a bare `node -e 0` of the same run. They measure the BUILT
// package of a root folder (npm run build first), by its name, as a user's bundler or Node
// resolves it (the exports map). Alone: npx tsx bench/footprint.ts [root] prints them for another
// checkout's build, e.g. the main branch's, for a before/after.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { median, startupMs } from "./measure.js";

export interface Bundle {
  /** Bytes of the minified bundle, gzipped (level 9). */
  readonly gzip: number;
  readonly minified: number;
  /** Bytes of the minified bundle that come from node_modules/zod. */
  readonly zod: number;
  /** The largest inputs, `name size`. */
  readonly largest: string;
}

/** An esbuild browser bundle (minified ESM) of `name` alone from the package `hfs-mco-rules` of `root`. */
export async function browserBundle(root: string, name: string): Promise<Bundle> {
  const { build } = await import("esbuild");
  const result = await build({
    stdin: { contents: `export { ${name} } from "hfs-mco-rules";`, resolveDir: root, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  const inputs = Object.entries(Object.values(result.metafile?.outputs ?? {})[0]?.inputs ?? {});
  const zod = inputs
    .filter(([path]) => /node_modules[\\/]zod[\\/]/.test(path))
    .reduce((sum, [, input]) => sum + input.bytesInOutput, 0);
  const largest = inputs
    .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)
    .slice(0, 3)
    .map(([path, v]) => `${path.replace(/^.*node_modules\//, "")} ${(v.bytesInOutput / 1024).toFixed(1)} KB`)
    .join(", ");
  return { gzip: gzipSync(code, { level: 9 }).length, minified: code.length, zod, largest };
}

/**
 * Median milliseconds of `import("hfs-mco-rules")` in a new process, of a bare `node -e 0` and of
 * `import("zod/mini")` alone (the floor the library's one dependency sets: Node loads all of
 * zod/mini, its core and its locales, whatever the library uses), alternating.
 */
export function importTimes(root: string, runs = 9): { library: number; bare: number; zod: number } {
  const library: number[] = [];
  const bare: number[] = [];
  const zod: number[] = [];
  for (let i = 0; i < runs; i++) {
    library.push(startupMs(["--input-type=module", "-e", 'await import("hfs-mco-rules")'], root));
    bare.push(startupMs(["-e", "0"], root));
    zod.push(startupMs(["--input-type=module", "-e", 'await import("zod/mini")'], root));
  }
  return { library: median(library), bare: median(bare), zod: median(zod) };
}

/** The goals of issue 23: gzip KB of each operation's bundle alone, and the import ratio. */
export const BUNDLE_GOALS_KB = { evaluateTicket: 30, addBusinessDays: 8 } as const;
export const IMPORT_GOAL = 2;

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

export function bundleDetail(b: Bundle): string {
  return `minified ${kb(b.minified)}, of which zod ${kb(b.zod)} (${((100 * b.zod) / Math.max(b.minified, 1)).toFixed(0)}%); largest: ${b.largest}`;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const root = resolve(process.argv[2] ?? join(import.meta.dirname, ".."));
  if (!existsSync(join(root, "dist", "index.js"))) throw new Error(`${root}/dist is missing: npm run build there`);
  for (const [name, goal] of Object.entries(BUNDLE_GOALS_KB)) {
    const b = await browserBundle(root, name);
    console.log(`browser bundle of ${name} alone: gzip ${kb(b.gzip)} (goal ≤ ${goal} KB); ${bundleDetail(b)}`);
  }
  const { library, bare, zod } = importTimes(root);
  console.log(
    `import("hfs-mco-rules") ${library.toFixed(0)} ms ÷ node -e 0 ${bare.toFixed(0)} ms = ${(library / bare).toFixed(2)}× (goal ≤ ${IMPORT_GOAL}×, median of 9); import("zod/mini") alone ${(zod / bare).toFixed(2)}×`,
  );
}
