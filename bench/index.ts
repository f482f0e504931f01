// `npm run bench`: the figures table (bench/figures.ts), every figure a ratio against a baseline
// of the same run, its goal beside it. BENCH_ALL=1 also runs the detailed benchmarks of bench/
// (each also runs alone: npx tsx bench/portal.ts).
const detailed = ["calendar.ts", "portal.ts", "cli.ts"];
await import("./figures.js");
if (process.env.BENCH_ALL === "1") {
  for (const file of detailed) {
    console.log(`\n== bench/${file}`);
    await import(`./${file}`);
  }
}
