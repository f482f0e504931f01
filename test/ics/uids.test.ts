// iCalendar UIDs are unique and stable per deadline (subject, rule, name, party, trigger date):
// every calendar the CLI writes parses back with ical.js (an independent parser) with no UID
// twice, and the same input gives the same UIDs on a second run. A calendar application
// merges two events with one UID, so a duplicate loses a deadline.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { eventUid } from "../../src/ics/icalendar.js";
import { cli } from "../cli/run-cli.js";

const DIR = mkdtempSync(join(tmpdir(), "hfs-ics-"));
const AS_OF = ["--as-of", "2024-12-31", "--format", "ics"];

function uids(ics: string): string[] {
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v).uid);
}

/** 200 tickets: the sample ones (HFS review with evidence from both parties included) renumbered, and numbers that differ only in punctuation. */
function tickets(): string {
  const samples = JSON.parse(readFileSync("examples/data/tickets.json", "utf8")) as { ticketNumber: string }[];
  const numbers = Array.from({ length: 196 }, (_, i) => `PRP-2024-${String(i).padStart(4, "0")}`).concat([
    "T 1",
    "T-1",
    "T_1",
    "T.1",
  ]);
  const all = numbers.map((ticketNumber, i) => ({ ...samples[i % samples.length], ticketNumber }));
  const path = join(DIR, "tickets.json");
  writeFileSync(path, JSON.stringify(all));
  return path;
}

/** The sample member histories, and one member whose care coordinator changed twice. */
function members(): string {
  const lines = readFileSync("examples/data/webcm-members.ndjson", "utf8").trim().split("\n");
  const twice = {
    member: "100200399",
    mco: "Meridian",
    events: [
      { type: "waiver assignment notified", date: "2024-01-08" },
      { type: "care coordinator changed", date: "2024-02-26", newCoordinator: "Bo Chan" },
      { type: "care coordinator changed", date: "2024-03-11", newCoordinator: "Ann Lee" },
    ],
  };
  const path = join(DIR, "members.ndjson");
  writeFileSync(path, `${[...lines, JSON.stringify(twice)].join("\n")}\n`);
  return path;
}

const calendars: [string, () => string[]][] = [
  ["ticket (200 tickets, HFS review evidence of both parties)", () => ["ticket", tickets(), ...AS_OF]],
  ["webcm deadlines (two coordinator changes)", () => ["webcm", "deadlines", members(), ...AS_OF]],
  ["webcm report", () => ["webcm", "report", members(), "--quarter", "2024-Q1", "--mco", "Meridian", ...AS_OF]],
  ["sanctions calendar", () => ["sanctions", "calendar", "--year", "2025", ...AS_OF]],
  ["sanctions notices", () => ["sanctions", "notices", "examples/data/fines.csv", ...AS_OF]],
  ["spenddown quarter", () => ["spenddown", "quarter", "examples/data/spenddown-quarters.ndjson", ...AS_OF]],
  ["spenddown calendar", () => ["spenddown", "calendar", "--fiscal-year", "2025", ...AS_OF]],
];

describe("iCalendar UIDs from every command", () => {
  for (const [name, args] of calendars) {
    it(`${name}: unique, and the same on a second run`, () => {
      const first = cli(args());
      expect(first.stderr).toBe("");
      const ids = uids(first.stdout);
      expect(ids.length).toBeGreaterThan(0);
      const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
      expect(twice, "duplicate UIDs").toEqual([]);
      expect(uids(cli(args()).stdout)).toEqual(ids);
    });
  }
  it("gives the MCO's and the provider's evidence deadlines of one ticket their own UIDs", () => {
    const ids = uids(cli(["ticket", "examples/data/tickets.json", ...AS_OF]).stdout).filter((id) =>
      id.includes("PRP-2024-0701_PORTAL-HFS-REVIEW-EVIDENCE"),
    );
    expect(ids).toEqual([
      "ticket_PRP-2024-0701_PORTAL-HFS-REVIEW-EVIDENCE_evidence_MCO_2024-07-22@hfs-mco-rules",
      "ticket_PRP-2024-0701_PORTAL-HFS-REVIEW-EVIDENCE_evidence_provider_2024-07-22@hfs-mco-rules",
    ]);
  });
});

describe("eventUid", () => {
  it("gives different parts different UIDs (the encoding reverses)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: "binary" }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.string({ unit: "binary" }), { minLength: 1, maxLength: 4 }),
        (a, b) => {
          fc.pre(JSON.stringify(a) !== JSON.stringify(b));
          expect(eventUid(a)).not.toBe(eventUid(b));
        },
      ),
    );
    expect(eventUid(["webcm", "A-B", "C"])).not.toBe(eventUid(["webcm", "A", "B-C"]));
    expect(eventUid(["ticket", "T 1"])).toBe("ticket_T%201");
  });
  it("writes only characters that need no escaping in iCalendar", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary" })), (parts) => /^[A-Za-z0-9.%_u-]*$/.test(eventUid(parts))),
    );
  });
});
