// Ctrl-C (SIGINT), and SIGTERM and SIGHUP (what `timeout`, systemd, a container's stop and a
// closed terminal send) while records are read: the input is closed, the records read so far
// are finished, the output is closed with a line saying it is incomplete, exit code 128 + the
// signal's number (130, 143, 129: the shell's convention). A second signal, or one when
// nothing is being read, exits at once with one line on stderr.
import { constants } from "node:os";
import type { Readable } from "node:stream";
import { Interrupted } from "./exit.js";

/** The signals that stop a run. */
export const STOP_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
export type StopSignal = (typeof STOP_SIGNALS)[number];

let current: ((signal: StopSignal) => void) | undefined;
let received = 0;

/** 128 + the signal's number. */
export const signalExitCode = (signal: StopSignal): number => 128 + constants.signals[signal];

/** How a message says which signal stopped the run: Ctrl-C as "interrupted", the others by name. */
const stoppedBy = (signal: StopSignal) => (signal === "SIGINT" ? "interrupted" : `interrupted by ${signal}`);

/** Installs the handlers (once, from the CLI's entry point). */
export function handleInterrupts(): void {
  for (const signal of STOP_SIGNALS)
    process.on(signal, () => {
      received++;
      if (current !== undefined && received === 1) return current(signal);
      process.stderr.write(`hfs-mco-rules: ${stoppedBy(signal)}\n`);
      process.exit(signalExitCode(signal));
    });
}

/**
 * While `stream` is read, a stop signal destroys it with an {@link Interrupted} naming `name`.
 * Returns the function to call once the reading is over: a signal then exits at once.
 */
export function interruptible(name: string, stream: Readable): () => void {
  const stop = (signal: StopSignal) =>
    stream.destroy(
      new Interrupted(`${stoppedBy(signal)} while reading ${name}; the output is incomplete`, signalExitCode(signal)),
    );
  current = stop;
  return () => {
    if (current === stop) current = undefined;
  };
}

/**
 * While a server runs (`serve`), the first stop signal calls `stop` (stop accepting, finish the
 * requests in flight, exit 0); a second one exits at once.
 */
export function onFirstStopSignal(stop: (signal: StopSignal) => void): void {
  current = stop;
}
