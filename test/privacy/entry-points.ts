// The public entry points the privacy tests call, each with a valid call (its arguments) that
// the tests then break, and the paths of its member-identifying fields (docs/privacy.md).
import * as api from "../../src/internal.js";

export const ticket = {
  ticketNumber: "T-2024-0001",
  mco: "Acme Health",
  program: "HealthChoice Illinois",
  providerType: "Hospital",
  internalDispute: {
    submittedToMcoOn: "2024-04-01",
    trackingNumber: "ACME-1",
    trackingNumberIssuedOn: "2024-04-02",
    resolution: null,
  },
  portalSubmittedOn: "2024-05-20",
  medicareOnly: false,
  feeForService: false,
  priorAuthorizationNotObtained: false,
  complete: true,
  providerRegistered: true,
  accessToCare: false,
  members: [{ name: "Jane Doe", recipientId: "123456789", datesOfService: ["2024-03-01"] }],
  events: [
    { type: "presented to MCO", date: "2024-06-04" },
    { type: "extension requested", date: "2024-06-20", requestedBy: "MCO" },
  ],
} satisfies api.TicketInput;

export const history: api.WebcmMemberHistoryInput = {
  member: "100200300",
  mco: "Meridian",
  events: [
    { type: "waiver assignment notified", date: "2024-03-01" },
    {
      type: "file transfer",
      date: "2024-03-20",
      contact: { name: "Ann Lee", email: "ann@mco.example.com", telephone: "312-555-0142" },
    },
  ],
};

const month = {
  month: "2024-08",
  householdIncome: 950,
  spenddownAmount: 120,
  allowableBills: 100,
  payment: { amount: 100, paidOn: "2024-08-25" },
  continuousEngagement: true,
  selfTerminated: false,
  agencyIsRepresentativePayee: true,
};
const classMember = {
  memberId: "W-1",
  leftFacilityOn: "2024-06-20",
  prerequisites: { enrollmentFormSentOn: null, representativePayeeAgreementSignedOn: null, aabdApplication: null },
  months: [month],
};
const fine = {
  ticketNumber: "T-1",
  mco: "Acme Health",
  dueDate: "2024-03-04",
  overdueOn: "2024-03-05",
  issuedOn: "2024-03-06",
  amountCents: 500000,
};

type Call = (...args: never[]) => unknown;

export interface EntryPoint {
  readonly name: string;
  readonly call: Call;
  /** A valid call's arguments. */
  readonly args: readonly unknown[];
}

const fns = api as unknown as Record<string, Call>;
const entry = (name: string, ...args: unknown[]): EntryPoint => ({ name, call: fns[name] as Call, args });

export const ENTRY_POINTS: readonly EntryPoint[] = [
  entry("evaluateTicket", ticket, { asOf: "2024-07-10" }),
  entry("evaluateTickets", [ticket], { asOf: "2024-07-10" }),
  entry("createTicketEvaluator", { asOf: "2024-07-10", options: { unstatedRoll: "none" } }),
  // The evaluator's own inputs: a ticket, a list of tickets (not a root name: the tests that
  // compare a call with the root's function skip these).
  {
    name: "createTicketEvaluator().evaluate",
    call: ((t: never, s: never) => api.createTicketEvaluator(s).evaluate(t)) as Call,
    args: [ticket, { asOf: "2024-07-10" }],
  },
  {
    name: "createTicketEvaluator().evaluateMany",
    call: ((t: never, s: never) => api.createTicketEvaluator(s).evaluateMany(t)) as Call,
    args: [[ticket], { asOf: "2024-07-10" }],
  },
  entry("portalStatistics", [ticket], { asOf: "2024-07-10", options: { groupBy: ["mco"] } }),
  entry("statisticsReport", [ticket], { asOf: "2024-07-10", options: { suppression: { threshold: 3 } } }),
  entry("evaluateContactDeadlines", history, { asOf: "2024-04-15" }),
  entry("activeContact", history, { asOf: "2024-04-15" }),
  entry("contactTimeline", history, { asOf: "2024-04-15" }),
  entry("webcmComplianceReport", { mco: "Meridian", quarter: "2024-Q1", members: [history] }, { asOf: "2024-04-15" }),
  entry(
    "evaluateMemberMonth",
    { ...month, memberId: "W-1", leftFacilityOn: "2024-06-20", prerequisites: classMember.prerequisites },
    { asOf: "2024-09-30" },
  ),
  entry(
    "evaluatePrerequisites",
    { prerequisites: classMember.prerequisites, leftFacilityOn: "2024-06-20" },
    { asOf: "2024-09-30" },
  ),
  entry("performanceReport", { provider: "Lakeside CMHC", fiscalYear: 2025, quarter: 1, members: [classMember] }, {}),
  entry(
    "evaluateProviderQuarter",
    {
      provider: "Lakeside CMHC",
      fiscalYear: 2025,
      quarter: 1,
      members: [classMember],
      reportsSubmitted: { financial: null, performance: null },
    },
    { asOf: "2024-11-15" },
  ),
  entry("contractAdjustmentCount", [classMember], {}),
  entry("sanctionNotices", [fine], {}),
  entry("evaluateSanctionNotices", { fines: [fine] }, { asOf: "2024-05-15" }),
  entry(
    "evaluateRegistration",
    {
      submittedOn: "2024-06-03",
      complete: false,
      missing: ["Medicaid ID"],
      individuals: 1,
      usedMultipleTemplate: false,
    },
    {},
  ),
  entry(
    "submissionWindow",
    {
      internalDispute: { submittedToMcoOn: "2024-05-01", trackingNumber: "A-1", trackingNumberIssuedOn: "2024-05-02" },
      portalSubmittedOn: "2024-06-01",
    },
    {},
  ),
  entry("projectTicket", ticket, { asOf: "2024-07-10" }),
  entry("ticketTimeline", ticket, { asOf: "2024-07-10" }),
  entry("sanctionCalendar", 2024, { options: { unstatedRoll: "none" } }),
  entry("spenddownPaymentDueDate", "2024-07", { options: { unstatedRoll: "forward" } }),
  entry("spenddownReportCalendar", 2025, {}),
  entry("lastTransferDateMeetingDeadline", {
    ruleId: "WEBCM-INITIAL-DUE",
    triggerDate: "2024-03-01",
    transferWeekday: "Wednesday",
  }),
  entry("calendarQuarterOf", "2024-08-15", { yearStartMonth: 7, prefix: "SFY" }),
  entry("addBusinessDays", "2024-07-03", 1),
  entry("addCalendarDays", "2024-07-03", 1),
  entry("isBusinessDay", "2024-07-03"),
  entry("businessDaysBetween", "2024-07-03", "2024-07-10"),
  entry("rollForward", "2024-07-04"),
  entry("rollBackward", "2024-07-04"),
  entry("nextBusinessDay", "2024-07-04"),
  entry("dueDate", {
    ruleId: "PORTAL-PROPOSAL-DUE",
    start: "2024-06-04",
    amount: 30,
    counting: "calendar-days",
    roll: "forward",
  }),
  entry("proposalDueDate", "2024-06-04", {}),
  entry("portalDueDate", "PORTAL-PROPOSAL-DUE", "2024-06-04", {}),
  entry("createCalendar", {
    name: "Contract",
    version: "2024",
    provenance: "contract",
    holidays: ["2024-12-24", { date: "2024-12-31", name: "New Year's Eve" }],
  }),
  entry("toDayNumber", "2024-07-04"),
  entry("weekday", "2024-07-04"),
  entry("daysBetween", "2024-07-04", "2024-08-01"),
  entry("parseIsoDate", "2024-07-04"),
  entry("resolveCalendar", { add: [{ date: "2024-12-24", name: "Christmas Eve" }] }),
];

/** A path into an argument list: keys and indices. */
export type Path = readonly (string | number)[];

/** Every path of `value` (objects and lists, depth first), the root excluded. */
export function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (typeof value !== "object" || value === null) return [];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return keys.flatMap((key) => [
    [...prefix, key],
    ...pathsOf((value as Record<string | number, unknown>)[key], [...prefix, key]),
  ]);
}

export const valueAt = (root: unknown, path: Path): unknown =>
  path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)?.[k], root);

/** `root` (deep-copied) with `path` set to `value`. */
export function withValue(root: readonly unknown[], path: Path, value: unknown): unknown[] {
  const copy = structuredClone(root) as unknown[];
  const parent = valueAt(copy, path.slice(0, -1)) as Record<string | number, unknown>;
  parent[path[path.length - 1] as string | number] = value;
  return copy;
}

/** The member-identifying fields: a member's name, RIN and dates of service, a WebCM member, a spenddown member ID. */
export const isMemberField = (path: Path): boolean =>
  (path.includes("members") && path.some((k) => k === "name" || k === "recipientId" || k === "datesOfService")) ||
  path.includes("member") ||
  path.includes("memberId");
