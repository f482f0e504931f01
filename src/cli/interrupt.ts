// Ctrl-C (SIGINT) while records are read: the input is closed, the records read so far are
// finished, the output is closed with a line saying it is incomplete, exit code 130. A second
// Ctrl-C, or one when nothing is being read, exits at once.
import type { Readable } from "node:stream";
import { EXIT_INTERRUPTED, Interrupted } from "./exit.js";

let current: (() => void) | undefined;
let received = 0;

/** Installs the SIGINT handler (once, from the CLI's entry point). */
export function handleInterrupts(): void {
  process.on("SIGINT", () => {
    received++;
    if (current !== undefined && received === 1) return current();
    process.stderr.write("hfs-mco-rules: interrupted\n");
    process.exit(EXIT_INTERRUPTED);
  });
}

/** While `stream` is read, a SIGINT destroys it with an {@link Interrupted} naming `name`. */
export function interruptible(name: string, stream: Readable): void {
  current = () => stream.destroy(new Interrupted(`interrupted while reading ${name}; the output is incomplete`));
}
