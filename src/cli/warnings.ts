// Warnings of the libraries the CLI uses never reach stderr raw: Node prints a warning with its
// message, and the YAML reader's message quotes the offending source line (in a rule table or
// a column map: member values included). A YAML file's warnings become one line each naming the
// file and the line; any other warning, one line naming its kind, never its message.

/** Replaces Node's printing of process warnings (once, from the CLI's entry point). */
export function quietWarnings(): void {
  process.removeAllListeners("warning");
  process.on("warning", (warning: Error & { code?: unknown }) => {
    const code = typeof warning.code === "string" ? ` (${warning.code.slice(0, 40)})` : "";
    process.stderr.write(`hfs-mco-rules: warning: ${warning.name.slice(0, 40)}${code}\n`);
  });
}

const YAML_WARNINGS: Readonly<Record<string, string>> = {
  TAG_RESOLVE_FAILED: "a tag the YAML reader does not know (its value is read as plain text)",
  BAD_DIRECTIVE: "a directive the YAML reader does not know",
  BAD_DQ_ESCAPE: "an unknown escape in a double-quoted string",
};

/** One line for a YAML warning: the file, the line, what is wrong; never the source text. */
function yamlWarningLine(file: string, warning: Error): string {
  const { code, linePos } = warning as Error & { code?: unknown; linePos?: readonly { line?: unknown }[] };
  const line = typeof linePos?.[0]?.line === "number" ? `, line ${linePos[0].line}` : "";
  const what = (typeof code === "string" && YAML_WARNINGS[code]) || `a YAML warning (${String(code).slice(0, 40)})`;
  return `hfs-mco-rules: warning: ${file}${line}: ${what}\n`;
}

/**
 * Runs `read` (which parses the YAML of `file`) and reports the warnings it raises as lines
 * naming the file and the line. The YAML reader raises them through `process.emitWarning`
 * while it parses, so they are caught here, in the same call.
 *
 * @example yamlSource("table.yaml", () => parseRuleTable(text, "table.yaml"))
 */
export function yamlSource<T>(file: string, read: () => T): T {
  const caught: Error[] = [];
  const emit = process.emitWarning;
  process.emitWarning = ((warning: string | Error) => {
    caught.push(typeof warning === "string" ? new Error(warning) : warning);
  }) as typeof process.emitWarning;
  try {
    return read();
  } finally {
    process.emitWarning = emit;
    for (const warning of caught) process.stderr.write(yamlWarningLine(file, warning));
  }
}
