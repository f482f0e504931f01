// The shipped sample data of every area (examples/data), as compareEvaluations takes them.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { WhatIfInputs } from "../../src/index.js";

const data = (name: string) => readFileSync(join(import.meta.dirname, "..", "..", "examples", "data", name), "utf8");
const ndjson = (name: string) =>
  data(name)
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as unknown);

/** The sample fines (examples/data/fines.csv), typed as the CLI reads them. */
function fines(): unknown[] {
  const [header, ...rows] = data("fines.csv").trim().split("\n");
  const names = (header ?? "").split(",").map((h) => h.replace(/:number$/, ""));
  return rows.map((row) => {
    const cells = row.split(",");
    return Object.fromEntries(
      names.map((n, i) => [n, n === "amountCents" ? Number(cells[i]) : cells[i] === "" ? null : cells[i]]),
    );
  });
}

/** Tickets, WebCM member histories, spenddown provider quarters and fines of the shipped samples. */
export function sampleInputs(): WhatIfInputs {
  return {
    tickets: JSON.parse(data("tickets.json")) as unknown[],
    webcmMembers: ndjson("webcm-members.ndjson"),
    spenddownQuarters: ndjson("spenddown-quarters.ndjson"),
    fines: fines(),
  };
}
