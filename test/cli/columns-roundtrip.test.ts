// A record written out through a column map, the way an export writes it (its own column names,
// any of the map's date writings or a serial date, Yes/No or a blank flag, quoted commas), and
// read back through the same map is the same record (fast-check).
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inputsFromRows } from "../../src/cli/columns/inputs-from-rows.js";

const MAP = {
  dateFormat: ["M/d/yyyy", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm:ssXXX"],
  serialDates: true,
  fields: {
    ticketNumber: "Case #",
    mco: "Health Plan",
    program: "Program",
    providerType: "Type",
    portalSubmittedOn: "Received",
    "internalDispute.submittedToMcoOn": "Sent",
    "internalDispute.trackingNumber": "Ref",
    "internalDispute.trackingNumberIssuedOn": "Ref Date",
    medicareOnly: { column: "Medicare?", true: ["Yes", "Y"], false: ["No", "N"], default: false },
    feeForService: { column: "FFS?", true: ["Yes", "Y"], false: ["No", "N"], default: false },
    priorAuthorizationNotObtained: "No PA",
    complete: "Complete",
    providerRegistered: "Registered",
    accessToCare: "Access",
  },
  defaults: { members: [] },
  events: [
    { type: "presented to MCO", date: "Presented" },
    { type: "ticket closed", date: "Closed", reason: { column: "Why", values: { RES: "resolved", WD: "withdrawn" } } },
  ],
};
const HEADER = [
  ...Object.values(MAP.fields).map((c) => (typeof c === "string" ? c : c.column)),
  "Presented",
  "Closed",
  "Why",
];

const day = fc.integer({ min: Date.UTC(1900, 2, 1), max: Date.UTC(2199, 11, 31) }).map((t) => {
  const d = new Date(t);
  return d.toISOString().slice(0, 10);
});
const text = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 ,."'#-]{0,20}[A-Za-z0-9]$/);

/** A date cell as an export may write it; each reads back as `iso`. */
function dateCell(iso: string, style: number, hour: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  if (style === 0) return `${m}/${d}/${y}`;
  if (style === 1) return `${iso} ${String(hour).padStart(2, "0")}:15`;
  if (style === 2) return String(Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000));
  // An instant at noon in Chicago (UTC-5 or -6): its Chicago date is `iso`.
  return `${iso}T${String(hour).padStart(2, "0")}:00:00-06:00`;
}
const flag = (b: boolean, style: number, blankFalse: boolean) =>
  !b && blankFalse && style % 3 === 0 ? "" : b ? (style % 2 ? "Yes" : "Y") : style % 2 ? "No" : "N";

const ticket = fc.record({
  ticketNumber: text,
  mco: text,
  program: text,
  providerType: text,
  portalSubmittedOn: day,
  submittedToMcoOn: day,
  trackingNumber: fc.option(text, { nil: null }),
  trackingNumberIssuedOn: fc.option(day, { nil: null }),
  flags: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
  presented: fc.option(day, { nil: null }),
  closed: fc.option(fc.tuple(day, fc.constantFrom("resolved", "withdrawn")), { nil: null }),
  styles: fc.array(fc.nat(3), { minLength: 6, maxLength: 6 }),
  hour: fc.integer({ min: 8, max: 17 }),
});
type T = typeof ticket extends fc.Arbitrary<infer U> ? U : never;

function row(t: T): string[] {
  const s = (i: number) => t.styles[i] ?? 0;
  const date = (iso: string | null, i: number) => (iso === null ? "" : dateCell(iso, s(i), t.hour));
  const f = t.flags;
  return [
    t.ticketNumber,
    t.mco,
    t.program,
    t.providerType,
    date(t.portalSubmittedOn, 0),
    date(t.submittedToMcoOn, 1),
    t.trackingNumber ?? "",
    date(t.trackingNumberIssuedOn, 2),
    flag(f[0] ?? false, s(3), true),
    flag(f[1] ?? false, s(4), true),
    flag(f[2] ?? false, s(5), false),
    flag(f[3] ?? false, 1, false),
    flag(f[4] ?? false, 0, false),
    flag(f[5] ?? false, 1, false),
    date(t.presented, 3),
    date(t.closed?.[0] ?? null, 4),
    t.closed ? (t.closed[1] === "resolved" ? "RES" : "WD") : "",
  ];
}

function expected(t: T): unknown {
  const [medicareOnly, feeForService, priorAuthorizationNotObtained, complete, providerRegistered, accessToCare] =
    t.flags;
  return {
    members: [],
    ticketNumber: t.ticketNumber,
    mco: t.mco,
    program: t.program,
    providerType: t.providerType,
    portalSubmittedOn: t.portalSubmittedOn,
    internalDispute: {
      submittedToMcoOn: t.submittedToMcoOn,
      trackingNumber: t.trackingNumber,
      trackingNumberIssuedOn: t.trackingNumberIssuedOn,
    },
    medicareOnly,
    feeForService,
    priorAuthorizationNotObtained,
    complete,
    providerRegistered,
    accessToCare,
    events: [
      ...(t.presented ? [{ type: "presented to MCO", date: t.presented }] : []),
      ...(t.closed ? [{ type: "ticket closed", date: t.closed[0], reason: t.closed[1] }] : []),
    ],
  };
}

describe("a record through a column map and back", () => {
  it("is the same record", () => {
    fc.assert(
      fc.property(fc.array(ticket, { minLength: 1, maxLength: 5 }), (tickets) => {
        const csv = stringify([HEADER, ...tickets.map(row)], { record_delimiter: "\r\n" });
        const rows = parse(csv, { columns: true }) as Record<string, string>[];
        const read = inputsFromRows(rows, MAP);
        expect(read.invalid).toEqual([]);
        expect(read.inputs.map((i) => i.value)).toEqual(tickets.map(expected));
        expect(read.inputs.map((i) => i.line)).toEqual(tickets.map((_, i) => i + 2));
      }),
      { numRuns: 200 },
    );
  });
});
