// Progress on stderr while records are read, so a long run shows it is alive: one line, redrawn at most four
// times a second, only when stderr is a terminal and `--quiet` was not given. A pipe or a file
// gets nothing, so logs and tests of stderr see only the errors and the summary. The line counts
// records and never shows one. Written by hand: a counter of unknown total on one line is a
// dozen lines, where a progress-bar library (cli-progress, ora) wants a total or a spinner and
// brings its own terminal handling.

/** At most this often the line is redrawn (four times a second). */
const REDRAW_MS = 250;
/** The clock is read once every this many records: a few nanoseconds per record. */
const CHECK_EVERY = 64;

let silenced = false;

/** `--quiet`: no progress line in this run (the CLI's own state: set once, before reading). */
export function silenceProgress(): void {
  silenced = true;
}

/** Counts records and redraws the line; `done` erases it. */
export interface Progress {
  readonly tick: () => void;
  readonly done: () => void;
}

const NONE: Progress = Object.freeze({ tick: () => {}, done: () => {} });

/** `12,345 records · 8,120/s · 1.5 s`: counts and time only. */
export function progressText(records: number, elapsedMs: number): string {
  const rate = elapsedMs > 0 ? Math.round((records * 1000) / elapsedMs) : 0;
  return (
    `${records.toLocaleString("en-US")} records · ${rate.toLocaleString("en-US")}/s · ` +
    `${(elapsedMs / 1000).toFixed(1)} s`
  );
}

/**
 * The progress of one input on `stream` (stderr), or a no-op when it is not a terminal or the run
 * is quiet. While the line is shown, anything else written to the stream first erases it, so an
 * error line is never glued to the counter.
 */
export function startProgress(stream: NodeJS.WriteStream = process.stderr, now = () => performance.now()): Progress {
  if (silenced || stream.isTTY !== true) return NONE;
  const started = now();
  const write = stream.write.bind(stream) as (chunk: string) => boolean;
  let records = 0;
  // The first line comes with the first records (feedback at once), later ones at most every REDRAW_MS.
  let drawnAt = started - REDRAW_MS;
  let shown = false;
  const erase = () => {
    if (shown) write("\r\x1b[K");
    shown = false;
  };
  stream.write = ((chunk: unknown, ...rest: unknown[]) => {
    erase();
    return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
  }) as typeof stream.write;
  return {
    tick() {
      records++;
      if (records % CHECK_EVERY !== 0) return;
      const at = now();
      if (at - drawnAt < REDRAW_MS) return;
      drawnAt = at;
      write(`\r\x1b[K${progressText(records, at - started)}`);
      shown = true;
    },
    done() {
      erase();
      stream.write = write as typeof stream.write;
    },
  };
}
