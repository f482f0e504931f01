import { median, startupMs } from "./bench/measure.js";
const roots = { before: "/tmp/mini-base", after: "/work/h-mini" };
const cases: Record<string, [string, string[]]> = {
  bare: [roots.after, ["-e", "0"]],
  "lib before": [roots.before, ["--input-type=module", "-e", 'await import("hfs-mco-rules")']],
  "lib after": [roots.after, ["--input-type=module", "-e", 'await import("hfs-mco-rules")']],
  zod: [roots.after, ["--input-type=module", "-e", 'await import("zod")']],
  "zod/mini": [roots.after, ["--input-type=module", "-e", 'await import("zod/mini")']],
};
const t: Record<string, number[]> = {};
for (let i = 0; i < 15; i++) for (const [k, [cwd, args]] of Object.entries(cases)) (t[k] ??= []).push(startupMs(args, cwd));
const bare = median(t.bare);
for (const [k, v] of Object.entries(t)) console.log(`${k}: ${median(v).toFixed(0)} ms = ${(median(v) / bare).toFixed(2)}×`);
