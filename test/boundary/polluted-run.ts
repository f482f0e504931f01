// Run by polluted-prototype.test.ts in a child process: `node --import tsx polluted-run.ts MODE`.
// MODE `clean`: no pollution; `before`: properties put on Object.prototype before the library is
// imported; `after`: after. Prints one JSON line per operation of the privacy tests' valid calls:
// its answer (as JSON) or its error's class and message.
const mode = process.argv[2] ?? "clean";

/** Names of settings, options and input fields a polluter could set, with values that would change an answer. */
export const POLLUTION: Readonly<Record<string, unknown>> = {
  asOf: "2031-01-01",
  onError: "collect",
  detail: "full",
  validate: false,
  calendar: { name: "fake" },
  options: { unstatedRoll: "forward" },
  unstatedRoll: "forward",
  submissionWindowStart: "filed",
  closedOn: "2024-06-01",
  closure: "withdrawn",
  requestedBy: "provider",
  resolution: "resolved",
  date: "2024-01-01",
  type: "closed",
  events: [],
  members: [],
  fines: [],
  note: "x",
  holidays: [],
  add: [{ date: "2024-07-05", name: "x" }],
  remove: [],
  groupBy: ["mco"],
  within: 1,
  parties: ["HFS"],
  payment: null,
  selfTerminated: true,
  issuedOn: "2024-01-01",
  fineDateBasis: "overdue",
  length: 3,
};

function pollute(): void {
  for (const [key, value] of Object.entries(POLLUTION))
    Object.defineProperty(Object.prototype, key, { value, writable: true, configurable: true, enumerable: false });
}

if (mode === "before") pollute();
const { ENTRY_POINTS } = await import("../privacy/entry-points.js");
const root: Record<string, unknown> = await import("../../src/index.js");
if (mode === "after") pollute();
// The operations of the package's root (the privacy tests also call private helpers).
for (const point of ENTRY_POINTS.filter((p) => p.name in root)) {
  let line: unknown;
  try {
    line = { name: point.name, ok: true, value: point.call(...(point.args as never[])) };
  } catch (error) {
    line = { name: point.name, ok: false, error: `${(error as Error)?.name}: ${(error as Error)?.message}` };
  }
  process.stdout.write(`${JSON.stringify(line)}\n`);
}
