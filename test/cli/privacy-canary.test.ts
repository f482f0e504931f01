// The privacy rule at the command line: records carrying canary member names, Recipient IDs,
// member IDs and dates of service, in every malformed shape, through every command and input
// format. No canary may come back on stderr or in the JSON output's `errors` (nor anywhere in
// a run that evaluated nothing): errors name the line, the field and what is wrong, never the
// value.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "./run-cli.js";

const NAME = "ZZCANARY-Name";
const RIN = "987654321";
const DOS = "1961-13-45";
const OLD_DOS = "1861-03-17";
const CANARIES = [NAME, "ZZCANARY", RIN, DOS, OLD_DOS];

const DIR = mkdtempSync(join(tmpdir(), "hfs-cli-canary-"));
function file(name: string, text: string): string {
  const path = join(DIR, name);
  writeFileSync(path, text);
  return path;
}

const TICKET = JSON.parse(readFileSync("examples/data/tickets.json", "utf8"))[0];
const member = (m: Record<string, unknown>) => ({
  ...TICKET,
  members: [{ name: NAME, recipientId: RIN, datesOfService: ["2024-02-14"], ...m }],
});

/** Tickets that are wrong in every way a member's data can be. */
const BAD_TICKETS: unknown[] = [
  member({ recipientId: Number(RIN) }),
  member({ name: Number(RIN) }),
  member({ ssn: `${NAME} ${RIN}` }),
  member({ datesOfService: [NAME] }),
  member({ datesOfService: [DOS, OLD_DOS] }),
  member({ datesOfService: `${DOS}` }),
  { ...TICKET, members: [`${NAME} ${RIN}`] },
  { ...TICKET, members: { name: NAME, recipientId: RIN } },
  { ...TICKET, patient: { name: NAME, recipientId: RIN } },
  { ...TICKET, ticketNumber: ` ${NAME} ` },
  { ...TICKET, portalSubmittedOn: NAME },
  { ...TICKET, events: [{ type: NAME, date: DOS }] },
  { ...TICKET, events: [{ type: "presented to MCO", date: DOS, note: NAME, extra: RIN }] },
  `${NAME},${RIN}`,
  [NAME, RIN],
  Number(RIN),
];

const WEBCM = JSON.parse(readFileSync("examples/data/webcm-members.ndjson", "utf8").split("\n")[0] ?? "");
const BAD_MEMBERS: unknown[] = [
  { ...WEBCM, member: Number(RIN) },
  { ...WEBCM, member: RIN, mco: Number(RIN) },
  { ...WEBCM, member: RIN, events: [{ type: "waiver assignment notified", date: NAME }] },
  { ...WEBCM, member: RIN, events: [{ type: NAME, date: DOS }] },
  {
    ...WEBCM,
    member: RIN,
    events: [{ type: "care coordinator changed", date: "2024-02-26", newCoordinator: Number(RIN) }],
  },
  { ...WEBCM, member: RIN, name: NAME },
  { member: RIN, mco: "Meridian", events: `${NAME}` },
];

const QUARTER = JSON.parse(readFileSync("examples/data/spenddown-quarters.ndjson", "utf8").split("\n")[0] ?? "");
const month = QUARTER.members[0].months[0];
const BAD_QUARTERS: unknown[] = [
  { ...QUARTER, members: [{ memberId: RIN, months: [{ ...month, month: NAME }] }] },
  { ...QUARTER, members: [{ memberId: Number(RIN), months: [month] }] },
  { ...QUARTER, members: [{ memberId: NAME, name: NAME, months: [{ ...month, householdIncome: RIN }] }] },
  { ...QUARTER, members: [{ memberId: RIN, months: [{ ...month, payment: { amount: "87.50", paidOn: DOS } }] }] },
  { ...QUARTER, members: [`${NAME} ${RIN}`] },
];

const FINES_CSV = [
  "ticketNumber,mco,dueDate,overdueOn,issuedOn,amountCents:number,patient",
  `T-1,Meridian,2024-02-05,2024-02-06,2024-02-07,500000,${NAME}`,
  `T-2,Meridian,2024-02-05,2024-02-06,${DOS},${RIN}x,`,
  `T-3,${NAME},${RIN},2024-02-06,2024-02-07,500000,${RIN},${NAME}`,
].join("\n");

/** The ticket CSV of the samples, with canaries in typed, JSON, unknown and surplus cells. */
const TICKETS_CSV = [
  "ticketNumber,mco,program,providerType,portalSubmittedOn,internalDispute.submittedToMcoOn,internalDispute.trackingNumber,internalDispute.trackingNumberIssuedOn,medicareOnly:boolean,feeForService:boolean,priorAuthorizationNotObtained:boolean,complete:boolean,providerRegistered:boolean,accessToCare:boolean,members:json,events:json,patientName",
  `T-1,Acme,P,Hospital,2024-05-20,2024-03-29,A-1,2024-04-02,false,false,false,true,true,false,"[{""name"": ""${NAME}"", ""recipientId"": ${RIN}, ""datesOfService"": [""${DOS}""]}]",[],${NAME}`,
  `T-2,Acme,P,Hospital,2024-05-20,2024-03-29,A-1,2024-04-02,${NAME},false,false,true,true,false,"[{""name"": ""${NAME}""",[]`,
  `T-3,Acme,P,Hospital,${RIN},2024-03-29,A-1,2024-04-02,false,false,false,true,true,${RIN},[],[],${NAME},${RIN}`,
  `"T-4,${NAME},${RIN}`,
].join("\n");

const ndjson = (records: unknown[]) =>
  `${records.map((r) => JSON.stringify(r)).join("\n")}\n{"name":"${NAME}","recipientId":"${RIN}"\n`;

const RULE_TABLE = `rule: PORTAL-SINGLE-TOPIC
kind: evaluateTicket
cases:
  - name: canary
    input:
      asOf: "2024-08-25"
      ticket:
        portalSubmittedOn: "2024-05-20"
        internalDispute: { submittedToMcoOn: "2024-04-01", trackingNumber: "ACME-1", trackingNumberIssuedOn: "2024-04-02" }
        members: [{ name: ${RIN}, recipientId: ${RIN}, datesOfService: ["${NAME}", "${DOS}"], patient: "${NAME}" }]
    expected: { status: open }
`;

const runs: [string, string[]][] = [
  ["ticket, JSON", ["ticket", file("tickets.json", JSON.stringify(BAD_TICKETS))]],
  ["ticket, NDJSON", ["ticket", file("tickets.ndjson", ndjson(BAD_TICKETS))]],
  ["ticket, CSV", ["ticket", file("tickets.csv", TICKETS_CSV)]],
  ["ticket, CSV with unexpected headers", ["ticket", file("odd.csv", `patient,rin,dos\n${NAME},${RIN},${DOS}\n`)]],
  ["ticket, iCalendar output", ["ticket", file("tickets-ics.ndjson", ndjson(BAD_TICKETS)), "--format", "ics"]],
  ["ticket, table output", ["ticket", file("tickets-table.ndjson", ndjson(BAD_TICKETS)), "--format", "table"]],
  [
    "ticket, HTML output",
    ["ticket", file("tickets-html.ndjson", ndjson(BAD_TICKETS)), "--format", "html", "--project"],
  ],
  ["ticket --project", ["ticket", file("tickets-project.ndjson", ndjson(BAD_TICKETS)), "--project"]],
  [
    "ticket --compare-calendar",
    [
      "ticket",
      file("tickets-compare.ndjson", ndjson(BAD_TICKETS)),
      "--compare-calendar",
      "test/fixtures/cli/closure-2024-07-05.json",
    ],
  ],
  ["webcm deadlines", ["webcm", "deadlines", file("members.ndjson", ndjson(BAD_MEMBERS))]],
  [
    "webcm deadlines, NDJSON output",
    ["webcm", "deadlines", file("members2.ndjson", ndjson(BAD_MEMBERS)), "--format", "ndjson"],
  ],
  [
    "webcm report",
    ["webcm", "report", file("members3.ndjson", ndjson(BAD_MEMBERS)), "--quarter", "2024-Q1", "--mco", "Meridian"],
  ],
  ["spenddown quarter", ["spenddown", "quarter", file("quarters.ndjson", ndjson(BAD_QUARTERS))]],
  ["sanctions notices", ["sanctions", "notices", file("fines.csv", FINES_CSV)]],
  [
    "a records file given as --options",
    ["ticket", "examples/data/tickets.json", "--options", file("opts.json", JSON.stringify(BAD_TICKETS[2]))],
  ],
  [
    "a records file given as --calendar",
    [
      "ticket",
      "examples/data/tickets.json",
      "--calendar",
      file("cal.json", JSON.stringify({ holidays: [NAME, DOS], add: [{ date: DOS, name: RIN }] })),
    ],
  ],
  [
    "inline --options with a canary",
    [
      "webcm",
      "deadlines",
      "examples/data/webcm-members.ndjson",
      "--options",
      JSON.stringify({ unstatedRoll: NAME, member: RIN }),
    ],
  ],
  ["a record file as input to check", ["check", file("canary.yaml", RULE_TABLE)]],
  [
    "queue",
    [
      "queue",
      file("queue-tickets.ndjson", ndjson(BAD_TICKETS)),
      "--webcm",
      file("queue-members.ndjson", ndjson(BAD_MEMBERS)),
    ],
  ],
  ["queue, CSV output", ["queue", file("queue-tickets2.ndjson", ndjson(BAD_TICKETS)), "--format", "csv"]],
  ["statistics", ["statistics", file("stats-tickets.ndjson", ndjson(BAD_TICKETS)), "--format", "csv"]],
  ...["table", "csv", "json", "html"].map((format): [string, string[]] => [
    `impact --interpretations, ${format} output`,
    [
      "impact",
      file(`impact-tickets-${format}.ndjson`, ndjson(BAD_TICKETS)),
      file(`impact-members-${format}.ndjson`, ndjson(BAD_MEMBERS)),
      file(`impact-quarters-${format}.ndjson`, ndjson(BAD_QUARTERS)),
      "--interpretations",
      "--format",
      format,
    ],
  ]),
  [
    "impact --options-after",
    [
      "impact",
      file("impact-compare.ndjson", ndjson([...BAD_TICKETS, ...BAD_MEMBERS])),
      "--options-after",
      JSON.stringify({ portal: { mcoClockStart: "portal-receipt" }, webcm: { unstatedRoll: "forward" } }),
      "--format",
      "json",
    ],
  ],
  ["statistics, HTML output", ["statistics", file("stats-html.ndjson", ndjson(BAD_TICKETS)), "--format", "html"]],
  [
    "sanctions notices --from-tickets",
    ["sanctions", "notices", "--from-tickets", file("notice-tickets.ndjson", ndjson(BAD_TICKETS))],
  ],
  [
    "ticket --columns, canaries in cells",
    [
      "ticket",
      file("export.csv", `Ticket Number,Presented To MCO,Medicare Only\nT-1,${DOS}x,${NAME}\nT-2,${RIN},${RIN}\n`),
      "--columns",
      file(
        "export.columns.yaml",
        "dateFormat: MM/dd/yyyy\nfields: { ticketNumber: Ticket Number, medicareOnly: Medicare Only }\ndefaults: { mco: A, program: B, providerType: C, portalSubmittedOn: '2024-05-20', internalDispute: { submittedToMcoOn: '2024-04-01', trackingNumber: X, trackingNumberIssuedOn: '2024-04-02' }, feeForService: false, priorAuthorizationNotObtained: false, complete: true, providerRegistered: true, accessToCare: false, members: [] }\nevents: [{ type: presented to MCO, date: Presented To MCO }]\n",
      ),
    ],
  ],
  // A file without its header row: its first row (a member's name, a Recipient ID) would be the header.
  [
    "ticket, CSV without its header row",
    ["ticket", file("no-header.csv", `${NAME},${RIN},${DOS}\n${NAME},${RIN},${DOS}\n`)],
  ],
  [
    "ticket --columns, an export without its header row",
    [
      "ticket",
      file("no-header-export.csv", `T-1,${NAME},${RIN},${DOS}\n`),
      "--columns",
      "examples/data/portal-export.columns.yaml",
    ],
  ],
  [
    "statistics, a header row of names only",
    ["statistics", file("names-header.csv", `${NAME},ZZCANARY,${NAME}\nx,y,z\n`)],
  ],
  [
    "sanctions notices, rows cut short and too long",
    [
      "sanctions",
      "notices",
      file(
        "shape.csv",
        `${FINES_CSV.split("\n")[0]}\nT-1,${NAME},${RIN}\nT-2,a,2024-02-05,2024-02-06,${DOS},1,${NAME},${RIN}\n`,
      ),
    ],
  ],
  [
    "an NDJSON line over the record limit",
    [
      "webcm",
      "deadlines",
      file("long.ndjson", `${JSON.stringify({ member: RIN, name: NAME, note: "x".repeat(1.2 * 1024 * 1024) })}\n`),
      "--max-record-size",
      "1",
    ],
  ],
  [
    "a CSV row over the record limit",
    [
      "sanctions",
      "notices",
      file("long.csv", `${FINES_CSV.split("\n")[0]}\n"${NAME},${RIN}${"x".repeat(1.2 * 1024 * 1024)}\n`),
      "--max-record-size",
      "1",
    ],
  ],
  [
    "webcm deadlines --columns, canaries in cells",
    [
      "webcm",
      "deadlines",
      file(
        "webcm-export.csv",
        `RIN,Plan,Activity,When\n${RIN},Meridian,${NAME},${DOS}\n${NAME},Meridian,WAIVER,60\n,${NAME},WAIVER,x${RIN}\n`,
      ),
      "--columns",
      file(
        "webcm.columns.yaml",
        "kind: webcm\nserialDates: true\nfields: { member: RIN, mco: Plan, date: When, type: { column: Activity, values: { WAIVER: waiver assignment notified } } }\n",
      ),
    ],
  ],
  [
    "spenddown quarter --columns, canaries in cells",
    [
      "spenddown",
      "quarter",
      file(
        "spenddown-export.csv",
        `Client,Month,Income,Paid,Paid On\n${RIN},${DOS},${RIN}.999,$${RIN},\n${NAME},07/2024,1.00,,${NAME}\n${NAME},07/2024,1.00,1.00,07/02/2024\n`,
      ),
      "--columns",
      file(
        "spenddown.columns.yaml",
        "kind: spenddown\ndateFormat: MM/dd/yyyy\nfields: { memberId: Client, month: { column: Month, dateFormat: MM/yyyy }, householdIncome: Income, spenddownAmount: Income, allowableBills: Income, payment.amount: Paid, payment.paidOn: Paid On }\ndefaults: { provider: P, fiscalYear: 2025, quarter: 1, continuousEngagement: true, selfTerminated: false, agencyIsRepresentativePayee: true }\n",
      ),
    ],
  ],
];

function leaks(text: string): string[] {
  return CANARIES.filter((c) => text.includes(c));
}

describe("no canary in any CLI error", () => {
  for (const [name, args] of runs) {
    it(name, () => {
      const run = cli(args[0] === "check" ? args : [...args, "--as-of", "2024-07-10"]);
      expect(run.status, run.stderr).not.toBe(0);
      // check writes its report on stdout; every other failing run says why on stderr.
      if (args[0] !== "check") expect(run.stderr, "stderr says something").not.toBe("");
      expect(leaks(run.stderr), `stderr:\n${run.stderr}`).toEqual([]);
      let errors = "";
      if (run.stdout.startsWith("{")) errors = JSON.stringify(JSON.parse(run.stdout).errors ?? []);
      expect(leaks(errors), `errors: ${errors}`).toEqual([]);
      // check's report and a run that stopped before any result are error text as a whole.
      if (args[0] === "check" || run.status === 2) expect(leaks(run.stdout), `stdout:\n${run.stdout}`).toEqual([]);
    });
  }
});

// A calendar is free text too: its events are synced to phones and shared calendars. Valid
// records whose member names, Recipient IDs, member IDs and dates of service are canaries go
// through every command that writes iCalendar; no canary may appear anywhere in the calendar
// (summary, description, UID), and the calendar is not empty.
describe("no canary in a calendar (--format ics)", () => {
  const SERVICE_DAY = "1999-09-09";
  const ICS_CANARIES = [
    ...CANARIES,
    SERVICE_DAY,
    "%20ZZCANARY",
    "ZZCANARY".replace(/./g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`),
  ];
  const tickets = JSON.parse(readFileSync("examples/data/tickets.json", "utf8")).map(
    (t: Record<string, unknown>, i: number) => ({
      ...t,
      members: [{ name: `${NAME} ${i}`, recipientId: RIN, datesOfService: [SERVICE_DAY] }],
    }),
  );
  const histories = readFileSync("examples/data/webcm-members.ndjson", "utf8")
    .trim()
    .split("\n")
    .map((line, i) => ({ ...JSON.parse(line), member: i === 0 ? RIN : `${NAME}-${i}` }));
  const quarters = readFileSync("examples/data/spenddown-quarters.ndjson", "utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line))
    .map((q: { members: Record<string, unknown>[] }) => ({
      ...q,
      members: q.members.map((m, i) => ({ ...m, memberId: i === 0 ? RIN : `${NAME}-${i}` })),
    }));
  const ticketsFile = file("ics-tickets.json", JSON.stringify(tickets));
  const membersFile = file("ics-members.ndjson", `${histories.map((h) => JSON.stringify(h)).join("\n")}\n`);
  const quartersFile = file("ics-quarters.ndjson", `${quarters.map((q) => JSON.stringify(q)).join("\n")}\n`);
  const calendars: [string, string[]][] = [
    ["ticket", ["ticket", ticketsFile, "--as-of", "2024-07-10"]],
    ["webcm deadlines", ["webcm", "deadlines", membersFile, "--as-of", "2024-12-31"]],
    [
      "webcm report",
      ["webcm", "report", membersFile, "--quarter", "2024-Q1", "--mco", "Meridian", "--as-of", "2024-12-31"],
    ],
    ["spenddown quarter", ["spenddown", "quarter", quartersFile, "--as-of", "2024-12-31"]],
    ["queue", ["queue", ticketsFile, "--webcm", membersFile, "--spenddown", quartersFile, "--as-of", "2024-03-01"]],
  ];
  for (const [name, args] of calendars) {
    it(name, () => {
      const run = cli([...args, "--format", "ics"]);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout.match(/BEGIN:VEVENT/g)?.length ?? 0, "events").toBeGreaterThan(0);
      // Folded lines (RFC 5545: CRLF and a space) are unfolded, so a canary split over two lines is found too.
      const text = run.stdout.replace(/\r\n[ \t]/g, "");
      expect(
        ICS_CANARIES.filter((c) => text.includes(c)),
        text.slice(0, 2000),
      ).toEqual([]);
    });
  }
  it("a WebCM event names the member by the line of its record and the MCO", () => {
    const text = cli(["webcm", "deadlines", membersFile, "--as-of", "2024-12-31", "--format", "ics"]).stdout.replace(
      /\r\n[ \t]/g,
      "",
    );
    expect(text).toContain("SUMMARY:WebCM member at line 1 (Meridian): ");
    expect(text).toMatch(/UID:webcm_Meridian_line%201_WEBCM-INITIAL-DUE_/);
  });
});

// The statistics report is meant to be posted: valid tickets whose members' names, Recipient IDs
// and dates of service are canaries, with the bad tickets beside them, go through `statistics
// --format html` under every threshold; no canary may appear anywhere on the page.
describe("no canary on the statistics page (--format html)", () => {
  const SERVICE_DAY = "1999-09-09";
  const tickets = JSON.parse(readFileSync("examples/data/tickets.json", "utf8")).map(
    (t: Record<string, unknown>, i: number) => ({
      ...t,
      members: [
        { name: `${NAME} ${i}`, recipientId: RIN, datesOfService: [SERVICE_DAY, DOS.replace("13-45", "01-02")] },
      ],
    }),
  );
  const input = file("statistics-page.ndjson", ndjson([...tickets, ...BAD_TICKETS]));
  for (const threshold of ["1", "11"])
    it(`suppression threshold ${threshold}`, () => {
      const run = cli([
        "statistics",
        input,
        "--as-of",
        "2024-12-31",
        "--format",
        "html",
        "--suppression-threshold",
        threshold,
      ]);
      expect(run.status, run.stderr).toBe(1);
      expect(run.stdout).toContain("<table");
      expect(
        [...CANARIES, SERVICE_DAY, "1961-01-02"].filter((c) => run.stdout.includes(c) || run.stderr.includes(c)),
      ).toEqual([]);
    });
});
