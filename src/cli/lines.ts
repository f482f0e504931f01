// Splitting a stream into lines for the NDJSON reader, in time and memory linear in the input:
// a line that spans many chunks is kept as a list of pieces and joined once when it ends (one
// string grown chunk by chunk and searched again each time was quadratic: a 64 MB line took
// 49 s and 720 MB), and a line longer than the limit is dropped as it passes (record-limit.ts).

/** Stands for a line longer than the limit: its text is not kept. */
export const TOO_LONG: unique symbol = Symbol("line too long");

/**
 * The lines of a stream, decoded as UTF-8 across chunk boundaries, each ended by \n, \r\n or \r
 * (what readline does), one chunk at a time and pulled as the caller reads: no line waits in a
 * queue (readline's iterator buffers up to a thousand), so a line is garbage as soon as its
 * record is read, and a large input streams in bounded memory. A line of more than `max`
 * characters comes as {@link TOO_LONG}.
 */
export async function* limitedLines(
  stream: AsyncIterable<unknown>,
  max: number,
): AsyncGenerator<string | typeof TOO_LONG> {
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  let pieces: string[] = [];
  let length = 0;
  let tooLong = false;
  // The last chunk ended with a \r: a \n first in the next one belongs to it (\r\n).
  let afterCr = false;
  const take = (piece: string): string | typeof TOO_LONG => {
    const line =
      tooLong || length + piece.length > max ? TOO_LONG : pieces.length === 0 ? piece : pieces.join("") + piece;
    pieces = [];
    length = 0;
    tooLong = false;
    return line;
  };
  for await (const chunk of stream) {
    const text = typeof chunk === "string" ? chunk : decoder.decode(chunk as Uint8Array, { stream: true });
    let start = afterCr && text.charCodeAt(0) === 10 ? 1 : 0;
    if (text.length > 0) afterCr = false;
    // The next \n and the next \r, each searched for again only once passed (a file of \n
    // lines has no \r: one search for it per chunk, not one per line).
    let lf = text.indexOf("\n", start);
    let cr = text.indexOf("\r", start);
    for (;;) {
      if (lf >= 0 && lf < start) lf = text.indexOf("\n", start);
      if (cr >= 0 && cr < start) cr = text.indexOf("\r", start);
      const end = cr < 0 ? lf : lf < 0 || cr < lf ? cr : lf;
      if (end < 0) break;
      yield take(text.slice(start, end));
      start = end + (end === cr && lf === end + 1 ? 2 : 1);
      if (end === cr && end === text.length - 1) afterCr = true;
    }
    keep(text.length > start ? text.slice(start) : "");
  }
  keep(decoder.decode());
  if (length > 0 || tooLong) yield take("");

  function keep(rest: string): void {
    if (rest === "" || tooLong) return;
    if (length + rest.length > max) {
      tooLong = true;
      pieces = [];
      length = 0;
      return;
    }
    pieces.push(rest);
    length += rest.length;
  }
}

/** Every line of a stream, however long (for tests and small inputs). */
export function lines(stream: AsyncIterable<unknown>): AsyncGenerator<string> {
  return limitedLines(stream, Number.POSITIVE_INFINITY) as AsyncGenerator<string>;
}
