// How a run ends. Exit codes (docs/cli.md): 0 all good; 1 some records invalid or a rule-table
// mismatch; 2 the command could not run as asked (a usage error, an input, options or calendar
// file that cannot be read, an output that was closed early); 128 + the signal's number when
// stopped by a signal (130 Ctrl-C, 143 SIGTERM, 129 SIGHUP), the shell's convention.

export const EXIT_OK = 0;
export const EXIT_INVALID_RECORDS = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERRUPTED = 130;

/** A usage error or an unreadable file: one line on stderr, exit code 2, nothing on stdout. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** The run was stopped by a signal before it read everything: exit code 128 + the signal's number. */
export class Interrupted extends Error {
  override name = "Interrupted";
  constructor(
    message: string,
    readonly exitCode: number = EXIT_INTERRUPTED,
  ) {
    super(message);
  }
}

/**
 * Why a system call failed, in words, without the path (the caller names the file once):
 * `no such file or directory`, `permission denied`, ….
 */
export function systemReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const known: Record<string, string> = {
    ENOENT: "no such file or directory",
    EACCES: "permission denied",
    EPERM: "permission denied",
    EISDIR: "is a directory, not a file",
    ENOTDIR: "a part of the path is not a directory",
    EMFILE: "too many open files",
    EIO: "input/output error",
  };
  if (typeof code === "string") return known[code] ?? `system error ${code}`;
  return error instanceof Error ? error.message.slice(0, 120) : "unknown error";
}
