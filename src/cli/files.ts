// Opening what the user names: an input file (or standard input), an options or calendar file
// (or inline JSON). Every failure is a UsageError that names the file once and says why in
// words; no stack trace, and nothing of the file's content (it may hold member data).
import { closeSync, createReadStream, fstatSync, openSync, readFileSync } from "node:fs";
import type { Readable } from "node:stream";
import { systemReason, UsageError } from "./exit.js";

/** An input stream and the name to give it in messages. */
export interface InputSource {
  readonly name: string;
  readonly stream: Readable;
}

/**
 * Opens `path` for reading, or standard input for `-` or no path. The file is opened now, so a
 * missing, unreadable or directory path is a UsageError before anything is written.
 *
 * @example openInput("tickets.csv") // { name: "tickets.csv", stream }
 */
export function openInput(path: string | undefined): InputSource {
  if (path === undefined || path === "-") {
    if (process.stdin.isTTY)
      throw new UsageError("no input: name a file, or send records to standard input (e.g. < tickets.ndjson)");
    return { name: "standard input", stream: process.stdin };
  }
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${systemReason(error)}`);
  }
  if (fstatSync(fd).isDirectory()) {
    closeSync(fd);
    throw new UsageError(`cannot read ${path}: is a directory, not a file`);
  }
  return { name: path, stream: createReadStream(path, { fd }) };
}

/**
 * Why `text` is not JSON, without quoting it (JavaScript's own message quotes the text, which
 * may be a member's name): `not valid JSON (at character 12)`.
 */
export function jsonReason(error: unknown): string {
  const message = error instanceof Error ? error.message : "";
  const at = /at position (\d+)/.exec(message);
  if (at) return `not valid JSON (at character ${Number(at[1]) + 1})`;
  if (/end of JSON input/i.test(message)) return "not valid JSON (it ends too early)";
  return "not valid JSON";
}

/** `JSON.parse`, with a leading byte-order mark removed, and a reason instead of a throw. */
export function parseJson(text: string): { value: unknown } | { reason: string } {
  try {
    return { value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) };
  } catch (error) {
    return { reason: jsonReason(error) };
  }
}

/**
 * The JSON value of an option that takes JSON: inline (`--options '{"unstatedRoll":"forward"}'`,
 * when the value starts with `{` or `[`) or the name of a file holding it.
 */
export function readJsonArgument(flag: string, value: string): unknown {
  const inline = /^\s*[{[]/.test(value);
  let text = value;
  if (!inline) {
    try {
      text = readFileSync(value, "utf8");
    } catch (error) {
      throw new UsageError(`${flag} ${value}: cannot read the file: ${systemReason(error)}`);
    }
  }
  const parsed = parseJson(text);
  if ("reason" in parsed) throw new UsageError(`${flag} ${inline ? "(inline JSON)" : value}: ${parsed.reason}`);
  return parsed.value;
}
