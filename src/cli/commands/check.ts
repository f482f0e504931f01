import type { Command } from "commander";
import { checkRuleTables, formatCheckReport } from "../check.js";

/** `check <paths...>`: run rule tables; exit 1 on any mismatch. */
export function checkCommand(program: Command, setExit: (code: number) => void): void {
  program
    .command("check")
    .description("run rule tables (YAML files, or folders of them); exit 1 on any mismatch")
    .argument("<paths...>", "rule-table files or folders")
    .option("--format <format>", "text (default) or json")
    .action((paths: string[], options: { format?: string }) => {
      const report = checkRuleTables(paths);
      process.stdout.write(options.format === "json" ? `${JSON.stringify(report, null, 2)}\n` : `${formatCheckReport(report)}\n`);
      setExit(report.failed > 0 || report.files === 0 ? 1 : 0);
    });
}
