// Preloaded (node -r) into a benchmarked process: at exit, writes its peak resident memory (KiB)
// to the file named by BENCH_PEAK_FILE. Portable where /usr/bin/time is not installed.
const { writeFileSync } = require("node:fs");
process.on("exit", () => {
  if (process.env.BENCH_PEAK_FILE) writeFileSync(process.env.BENCH_PEAK_FILE, String(process.resourceUsage().maxRSS));
});
