// The API table of docs/api.md, rendered from the operations' declarations (src/api): one row per
// operation, grouped by area. `npm run docs:operations` writes it; test/boundary/api-doc.test.ts
// checks the file is what the declarations give today.
import { OPERATIONS } from "../src/api/index.js";
import { OPERATION_AREAS, type OperationDeclaration } from "../src/api/operation.js";
import { schemaFileName } from "../src/json-schema.js";
import * as library from "../src/schemas.js";

const AREA_TITLES: Record<(typeof OPERATION_AREAS)[number], string> = {
  calendar: "Calendar and due dates",
  portal: "Provider Resolution Portal",
  sanctions: "Sanction notices",
  webcm: "WebCM contacts",
  spenddown: "Williams spenddown",
  registration: "Portal registration",
  statistics: "Portal statistics",
  queue: "Work queue",
  impact: "Impact and projection",
  outputs: "Outputs",
};

/** The exported name of a schema object, to link its JSON Schema file. */
function schemaName(schema: unknown): string | undefined {
  return Object.entries(library).find(([name, value]) => value === schema && name.endsWith("Schema"))?.[0];
}

function argumentCell(op: OperationDeclaration<(...args: never[]) => unknown>): string {
  return op.arguments
    .map((a) => {
      const name = a.schema === undefined ? undefined : schemaName(a.schema);
      const link = name === undefined ? "" : ` ([${name}](../schemas/${schemaFileName(name)}.schema.json))`;
      const items =
        a.kind === "items" ? " (each item)" : a.kind === "data-with-items" ? ` (\`${a.itemsKey}\` item by item)` : "";
      return `\`${a.name}\`${a.optional ? "?" : ""}: ${a.kind}${items}${link}`;
    })
    .join("<br>");
}

/** docs/api.md: every operation of the boundary, its arguments, settings and summary. */
export function renderApiDoc(): string {
  const lines = [
    "# API: the operations",
    "",
    "<!-- Generated from src/api (the operations' declarations) by `npm run docs:operations`; do not edit. -->",
    "",
    "Every public operation is declared once in `src/api/operations/` (docs/boundary.md): its arguments and how",
    "the boundary reads them, the settings it takes and a one-line summary. Argument kinds: `data` is read whole",
    "into plain data (own data properties only); `items` is a list read item by item (a bad item is that item's",
    'error under `onError: "collect"`); `settings` is a settings or options record (a calendar is taken by',
    "identity); `value` is a date, number or calendar the operation checks itself.",
    "",
    `${OPERATIONS.length} operations.`,
  ];
  for (const area of OPERATION_AREAS) {
    const ops = OPERATIONS.filter((o) => o.area === area);
    if (ops.length === 0) continue;
    lines.push(
      "",
      `## ${AREA_TITLES[area]}`,
      "",
      "| operation | arguments | settings | what it answers |",
      "|---|---|---|---|",
    );
    for (const op of ops) {
      const settings = op.settings.length === 0 ? "—" : op.settings.map((s) => `\`${s}\``).join(", ");
      lines.push(`| \`${op.name}\` | ${argumentCell(op)} | ${settings} | ${op.summary.replaceAll("|", "\\|")} |`);
    }
  }
  return `${lines.join("\n")}\n`;
}
