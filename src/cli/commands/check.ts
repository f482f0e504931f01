import type { Command } from "commander";
import { checkRuleTables, formatCheckReport } from "../check.js";
import { junitReport } from "../check-details.js";
import { UsageError } from "../exit.js";
import { withHelp } from "../help.js";

/** `check <paths...>`: run rule tables; exit 1 on any mismatch. */
export function checkCommand(program: Command, setExit: (code: number) => void): void {
  withHelp(
    program
      .command("check")
      .description("run rule tables (YAML files, or folders of them); exit 1 on any mismatch (junit: JUnit XML for CI)")
      .argument("<paths...>", "rule-table files or folders"),
  ).action((paths: string[], options: { format?: string }) => {
    const format = options.format ?? "text";
    if (!["text", "json", "junit"].includes(format))
      throw new UsageError(`--format must be text, json or junit, got ${JSON.stringify(format.slice(0, 40))}`);
    const report = checkRuleTables(paths);
    if (format === "junit") process.stdout.write(junitReport(report.cases));
    else
      process.stdout.write(
        format === "json" ? `${JSON.stringify(report, null, 2)}\n` : `${formatCheckReport(report)}\n`,
      );
    setExit(report.failed > 0 || report.files === 0 ? 1 : 0);
  });
}
