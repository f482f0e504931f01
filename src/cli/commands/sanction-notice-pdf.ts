// `sanctions notices --format html --pdf FILE`: the notice page printed to PDF by headless Chromium
// (`--print-to-pdf`), one notice per page (the page's print CSS). Chromium is not a dependency: it
// is looked for on PATH and in $CHROMIUM_PATH, and its absence is a usage error saying so.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { frozen } from "../../core/freeze.js";
import { UsageError } from "../exit.js";

const CHROMIUM_NAMES = frozen(["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]);

/** The Chromium to print with: $CHROMIUM_PATH, else the first of CHROMIUM_NAMES on PATH. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  for (const dir of (env.PATH ?? "").split(delimiter))
    for (const name of CHROMIUM_NAMES) if (dir && existsSync(join(dir, name))) return join(dir, name);
  return undefined;
}

/** The Chromium of `--pdf`, or a UsageError saying how to get one (checked before any input is read). */
export function requireChromium(): string {
  const chromium = findChromium();
  if (chromium === undefined)
    throw new UsageError(
      "--pdf needs Chromium (looked for $CHROMIUM_PATH and chromium, chromium-browser, google-chrome on PATH): " +
        "install it, or print the --format html page from a browser",
    );
  return chromium;
}

/** Prints `html` to the PDF file `out` with headless Chromium, or throws a UsageError saying why not. */
export function printPdf(html: string, out: string): void {
  const chromium = requireChromium();
  const target = resolve(out);
  const dir = mkdtempSync(join(tmpdir(), "hfs-notice-"));
  try {
    const page = join(dir, "notices.html");
    writeFileSync(page, html);
    const args = [
      "--headless",
      "--disable-gpu",
      "--no-pdf-header-footer",
      // Chromium refuses to start its sandbox as root (containers, CI): only there is it turned off.
      ...(process.getuid?.() === 0 ? ["--no-sandbox"] : []),
      `--user-data-dir=${join(dir, "profile")}`,
      `--print-to-pdf=${target}`,
      pathToFileURL(page).href,
    ];
    rmSync(target, { force: true });
    spawnSync(chromium, args, { stdio: "ignore", timeout: 120_000 });
    if (!existsSync(target) || statSync(target).size === 0)
      throw new UsageError(`--pdf ${out}: Chromium (${chromium}) wrote no PDF`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
