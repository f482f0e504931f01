import type { Command } from "commander";
import { RULES, ruleDocuments } from "../../rules/registry.js";
import { outputFormatOf } from "../context.js";
import { withHelp } from "../help.js";
import { renderTable } from "../output.js";

/** `rules`: the rule registry (ID, title, source, effective dates). */
export function rulesCommand(program: Command): void {
  withHelp(
    program.command("rules").description("the rule registry: ID, title, documents cited, effective dates, parameters"),
  ).action((options: { format?: string }) => {
    const format = outputFormatOf(options);
    if (format === "table") {
      const rows = RULES.map((r) => [
        r.id,
        r.versions.map((v) => `${v.effectiveFrom}..${v.effectiveTo ?? ""}`).join(", "),
        ruleDocuments(r.id).join("; "),
        r.title,
      ]);
      process.stdout.write(`${renderTable(["Rule", "In force", "Documents", "Title"], rows)}\n`);
    } else if (format === "ndjson") {
      for (const r of RULES) process.stdout.write(`${JSON.stringify(r)}\n`);
    } else {
      process.stdout.write(`${JSON.stringify({ command: "rules", rules: RULES }, null, 2)}\n`);
    }
  });
}
