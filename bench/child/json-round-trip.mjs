// The CLI figure's baseline: read an NDJSON file line by line, JSON.parse each line, write
// JSON.stringify of it back as NDJSON to standard output (buffered, honouring backpressure).
import { createReadStream } from "node:fs";
import { once } from "node:events";
import { createInterface } from "node:readline";

const lines = createInterface({ input: createReadStream(process.argv[2] ?? ""), crlfDelay: Number.POSITIVE_INFINITY });
let batch = [];
for await (const line of lines) {
  if (line === "") continue;
  batch.push(JSON.stringify(JSON.parse(line)));
  if (batch.length === 1000) {
    if (!process.stdout.write(`${batch.join("\n")}\n`)) await once(process.stdout, "drain");
    batch = [];
  }
}
if (batch.length > 0) process.stdout.write(`${batch.join("\n")}\n`);
