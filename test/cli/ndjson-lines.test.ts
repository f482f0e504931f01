// The NDJSON reader splits lines itself (readline's iterator queues up to a thousand lines,
// which then outlive their records): it must read the lines readline reads, whatever the
// chunks, line endings, byte-order mark and multi-byte characters.
import { createInterface } from "node:readline";
import { Readable } from "node:stream";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lines } from "../../src/cli/records.js";

async function collect(source: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const line of source) out.push(line);
  return out;
}

/** Text of pieces, cut into byte chunks of 1-6 bytes (a character may be split between two). */
const chunkedText = fc
  .tuple(
    fc.array(fc.constantFrom("a", "{}", "\n", "\r", "\r\n", "é", "€", "\ufeff", " ", ""), { maxLength: 30 }),
    fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1 }),
  )
  .map(([pieces, cuts]) => {
    const bytes = Buffer.from(pieces.join(""));
    const chunks: Buffer[] = [];
    for (let at = 0, i = 0; at < bytes.length; i++) {
      const size = cuts[i % cuts.length] ?? 1;
      chunks.push(bytes.subarray(at, at + size));
      at += size;
    }
    return chunks;
  });

describe("lines (the NDJSON reader's line splitter)", () => {
  it("reads the lines readline reads (crlfDelay: Infinity), but for a trailing empty one", async () => {
    await fc.assert(
      fc.asyncProperty(chunkedText, async (chunks) => {
        const ours = await collect(lines(Readable.from(chunks)));
        const theirs = await collect(
          createInterface({
            input: Readable.from(chunks.map((c) => Buffer.from(c))),
            crlfDelay: Number.POSITIVE_INFINITY,
          }),
        );
        // "a\n\r" ends with an empty line for readline: no record is on it, so nothing is lost.
        while (theirs.at(-1) === "" && theirs.length > ours.length) theirs.pop();
        expect(ours).toEqual(theirs);
      }),
      { numRuns: 1000 },
    );
  });

  it("hands over each line as it is read: the first comes before the input ends", async () => {
    let sent = 0;
    async function* slow(): AsyncGenerator<Buffer> {
      for (; sent < 3; sent++) yield Buffer.from(`{"n":${sent}}\n`);
    }
    const first = await lines(slow()).next();
    expect(first.value).toBe('{"n":0}');
    expect(sent).toBe(0);
  });
});
