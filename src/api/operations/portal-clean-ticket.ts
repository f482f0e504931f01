import { isIsoDate } from "../../core/iso-date.js";
import { type Plain, plainWith } from "../../core/plain-object.js";
import { isTicketDate } from "../../core/iso-date-schema.js";
import { VISIBLE_CHARACTER } from "../../core/text-schemas.js";
import { ClosureReasonSchema, type Ticket } from "../../portal/schemas.js";
import { frozen } from "../../core/freeze.js";

// Speed: zod costs about as much as the evaluation itself. Most tickets are already clean:
// plain JSON objects that TicketSchema accepts and returns unchanged. `isCleanTicket` proves
// that for such a ticket with plain checks, so the caller may skip the zod parse; anything it
// is not sure of (an unknown key, a string with outer whitespace, an explicit `undefined`, a
// class instance, …) answers false and the ticket goes through TicketSchema as before, which
// also reports the errors. It must never accept what TicketSchema rejects or changes: a
// property test (test/portal/clean-ticket.test.ts) checks it against the schema.

const CLOSURE_REASONS: ReadonlySet<unknown> = new Set(ClosureReasonSchema.options);
const PARTIES: ReadonlySet<unknown> = new Set(["MCO", "provider"]);

const TICKET_KEYS: ReadonlySet<string> = new Set([
  "ticketNumber",
  "mco",
  "program",
  "providerType",
  "internalDispute",
  "portalSubmittedOn",
  "medicareOnly",
  "feeForService",
  "priorAuthorizationNotObtained",
  "complete",
  "providerRegistered",
  "accessToCare",
  "members",
  "events",
]);
const DISPUTE_KEYS: ReadonlySet<string> = new Set([
  "submittedToMcoOn",
  "trackingNumber",
  "trackingNumberIssuedOn",
  "resolution",
]);
const RESOLUTION_KEYS: ReadonlySet<string> = new Set(["date", "summary"]);
const MEMBER_KEYS: ReadonlySet<string> = new Set(["name", "recipientId", "datesOfService"]);
const CONTACT_KEYS: ReadonlySet<string> = new Set(["name", "phone", "email"]);
const CHECKBOX_KEYS: ReadonlySet<string> = new Set(["upheld", "overturned"]);
const COMMON_KEYS = frozen(["type", "date", "id", "note"]);
const EVENT_KEYS: ReadonlyMap<unknown, ReadonlySet<string>> = new Map([
  ["presented to MCO", new Set(COMMON_KEYS)],
  ["information requested", new Set(COMMON_KEYS)],
  ["information provided", new Set([...COMMON_KEYS, "alreadyProvided"])],
  ["extension requested", new Set([...COMMON_KEYS, "requestedBy"])],
  ["extension decision", new Set([...COMMON_KEYS, "approved"])],
  ["proposal submitted", new Set([...COMMON_KEYS, "plan", "resolutionPeriod", "contact", "checkboxes"])],
  ["provider contest", new Set(COMMON_KEYS)],
  ["HFS review requested", new Set(COMMON_KEYS)],
  ["evidence delivered", new Set([...COMMON_KEYS, "by"])],
  ["Administrative Review started", new Set(COMMON_KEYS)],
  ["HFS decision", new Set([...COMMON_KEYS, "outcome"])],
  ["ticket closed", new Set([...COMMON_KEYS, "reason"])],
  ["fine issued", new Set(COMMON_KEYS)],
]);

/**
 * The schema's `text` (and a ticket number): a non-empty string that trimming leaves unchanged, with a visible
 * character.
 */
const isText = (v: unknown): boolean =>
  typeof v === "string" && v.length > 0 && v.trim() === v && VISIBLE_CHARACTER.test(v);
const isString = (v: unknown): boolean => typeof v === "string";
const isBoolean = (v: unknown): boolean => typeof v === "boolean";
const orNull = (v: unknown): boolean => v === null || typeof v === "string";
const absentOr = (o: Plain, key: string, test: (v: unknown) => boolean): boolean => !(key in o) || test(o[key]);
/** An array (no holes: `every` would skip them, zod does not) whose items all pass `test`. */
function isListOf(v: unknown, test: (item: unknown) => boolean): boolean {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (!(i in v) || !test(v[i])) return false;
  return true;
}

function cleanDispute(d: unknown): boolean {
  if (!plainWith(d, DISPUTE_KEYS) || !isTicketDate(d.submittedToMcoOn)) return false;
  if (d.trackingNumber !== null && !isText(d.trackingNumber)) return false;
  if (d.trackingNumberIssuedOn !== null && !isTicketDate(d.trackingNumberIssuedOn)) return false;
  const r = d.resolution;
  return (
    !("resolution" in d) ||
    r === null ||
    (plainWith(r, RESOLUTION_KEYS) && isTicketDate(r.date) && absentOr(r, "summary", isString))
  );
}

function cleanMember(m: unknown): boolean {
  return (
    plainWith(m, MEMBER_KEYS) && isString(m.name) && isString(m.recipientId) && isListOf(m.datesOfService, isIsoDate)
  );
}

function cleanProposal(e: Plain): boolean {
  const c = e.contact;
  const b = e.checkboxes;
  return (
    isString(e.plan) &&
    orNull(e.resolutionPeriod) &&
    plainWith(c, CONTACT_KEYS) &&
    orNull(c.name) &&
    orNull(c.phone) &&
    orNull(c.email) &&
    plainWith(b, CHECKBOX_KEYS) &&
    isBoolean(b.upheld) &&
    isBoolean(b.overturned)
  );
}

function cleanEvent(e: unknown): boolean {
  if (typeof e !== "object" || e === null) return false;
  const type = (e as Plain).type;
  const keys = EVENT_KEYS.get(type);
  if (
    keys === undefined ||
    !plainWith(e, keys) ||
    !isTicketDate(e.date) ||
    !absentOr(e, "id", isText) ||
    !absentOr(e, "note", isString)
  )
    return false;
  switch (type) {
    case "information provided":
      return absentOr(e, "alreadyProvided", isBoolean);
    case "extension requested":
      return PARTIES.has(e.requestedBy);
    case "extension decision":
      return isBoolean(e.approved);
    case "proposal submitted":
      return cleanProposal(e);
    case "evidence delivered":
      return PARTIES.has(e.by);
    case "HFS decision":
      return absentOr(e, "outcome", isString);
    case "ticket closed":
      return CLOSURE_REASONS.has(e.reason);
    default:
      return true;
  }
}

/**
 * @internal True when `TicketSchema` would accept `value` and return it unchanged, so that it
 * can be used as a parsed {@link Ticket} without the zod call. False means "not sure": parse it.
 */
export function isCleanTicket(value: unknown): value is Ticket {
  if (!plainWith(value, TICKET_KEYS)) return false;
  const t = value;
  return (
    isText(t.ticketNumber) &&
    isText(t.mco) &&
    isText(t.program) &&
    isText(t.providerType) &&
    cleanDispute(t.internalDispute) &&
    isTicketDate(t.portalSubmittedOn) &&
    isBoolean(t.medicareOnly) &&
    isBoolean(t.feeForService) &&
    isBoolean(t.priorAuthorizationNotObtained) &&
    isBoolean(t.complete) &&
    isBoolean(t.providerRegistered) &&
    isBoolean(t.accessToCare) &&
    isListOf(t.members, cleanMember) &&
    isListOf(t.events, cleanEvent)
  );
}
