import * as z from "zod/mini";
import { IsoDateSchema } from "../core/iso-date.js";
import { TicketDateSchema } from "../core/iso-date-schema.js";
import { identifierText, VISIBLE_CHARACTER } from "../core/text-schemas.js";
import { frozen } from "../core/freeze.js";

// The input of the ticket rules engine. Facts and events are facts of history: a missing
// tracking number, a malformed Recipient Identification Number or a proposal with neither box
// checked is a *finding* (or a closure) of the policy, not a schema error. The schemas reject
// only what cannot be read at all (a date that is not a date, an unknown event type).

// Text that is not blank: a visible character (not a space, line break, control or format
// character). The pattern comes before the trim so that the JSON Schema says what zod accepts:
// "  " is refused by both.
const text = z.string().check(
  z.regex(VISIBLE_CHARACTER, {
    error: "expected text, got only spaces, line breaks or control characters, or nothing",
  }),
  z.trim(),
);

/** A ticket number is an identity: refused, not trimmed, when blank or untrimmed (core/text-schemas.ts). */
const TicketNumberSchema = identifierText("a ticket number");

/** A member the complaint is about (PORTAL-SINGLE-TOPIC: name, 9-digit RIN, dates of service). */
export const TicketMemberSchema = frozen(
  z.strictObject({
    name: z.string(),
    /** The HFS 9-digit Recipient Identification Number, as entered (checked by PORTAL-SINGLE-TOPIC). */
    recipientId: z.string(),
    datesOfService: z.array(IsoDateSchema),
  }),
);

/**
 * The MCO's internal dispute (PORTAL-INTERNAL-FIRST, PORTAL-TRACKING-NUMBER): when the provider
 * submitted it, the MCO's complaint tracking number and the day it was issued, and the MCO's
 * internal resolution and its date when there is one.
 */
export const InternalDisputeSchema = frozen(
  z.strictObject({
    submittedToMcoOn: TicketDateSchema,
    trackingNumber: z.nullable(text),
    trackingNumberIssuedOn: z.nullable(TicketDateSchema),
    resolution: z.optional(z.nullable(z.strictObject({ date: TicketDateSchema, summary: z.optional(z.string()) }))),
  }),
);

/** The closure reasons the Portal Team's intake applies (PORTAL-REGISTERED … PORTAL-PRIOR-AUTH). */
export const INTAKE_CLOSURE_REASONS = frozen([
  "provider not registered",
  "incomplete",
  "Medicare only",
  "fee-for-service",
  "internal process not used",
  "missing tracking number",
  "premature",
  "not timely",
  "prior authorization not obtained",
] as const);
export type IntakeClosureReason = (typeof INTAKE_CLOSURE_REASONS)[number];

/** How a ticket was closed: the reason codes of the closure rules (the intake's, then the later ones). */
export const ClosureReasonSchema = frozen(
  z.enum([
    ...INTAKE_CLOSURE_REASONS,
    "information not provided",
    "not contested",
    "resolved",
    "HFS decision",
    "withdrawn",
    "other",
  ]),
);
export type ClosureReason = z.infer<typeof ClosureReasonSchema>;

const Common = frozen({
  date: TicketDateSchema,
  /** Optional identifier, quoted in findings. */
  id: z.optional(text),
  note: z.optional(z.string()),
});
const event = <T extends string, S extends z.core.$ZodShape>(type: T, shape: S) =>
  z.strictObject({ type: z.literal(type), ...Common, ...shape });

const ContactSchema = z.strictObject({
  name: z.nullable(z.string()),
  phone: z.nullable(z.string()),
  email: z.nullable(z.string()),
});

/** One dated event of a ticket's history. Same-day events are ordered by the lifecycle. */
export const TicketEventSchema = frozen(
  z.discriminatedUnion("type", [
    event("presented to MCO", {}),
    event("information requested", {}),
    event("information provided", { alreadyProvided: z.optional(z.boolean()) }),
    event("extension requested", { requestedBy: z.enum(["MCO", "provider"]) }),
    event("extension decision", { approved: z.boolean() }),
    event("proposal submitted", {
      plan: z.string(),
      resolutionPeriod: z.nullable(z.string()),
      contact: ContactSchema,
      /** The two checkboxes of the Portal (PORTAL-PROPOSAL-CONTENT: exactly one is checked). */
      checkboxes: z.strictObject({ upheld: z.boolean(), overturned: z.boolean() }),
    }),
    event("provider contest", {}),
    event("HFS review requested", {}),
    event("evidence delivered", { by: z.enum(["MCO", "provider"]) }),
    event("Administrative Review started", {}),
    event("HFS decision", { outcome: z.optional(z.string()) }),
    event("ticket closed", { reason: ClosureReasonSchema }),
    event("fine issued", {}),
  ]),
);
export type TicketEvent = z.infer<typeof TicketEventSchema>;
export type TicketEventType = TicketEvent["type"];
export type ProposalEvent = Extract<TicketEvent, { type: "proposal submitted" }>;

/** One Provider Resolution Portal ticket: its facts and its dated events (any order). */
export const TicketSchema = frozen(
  z.strictObject({
    ticketNumber: TicketNumberSchema,
    mco: text,
    program: text,
    providerType: text,
    internalDispute: InternalDisputeSchema,
    /** The day the provider submitted the ticket in the Portal (the filing date). */
    portalSubmittedOn: TicketDateSchema,
    medicareOnly: z.boolean(),
    feeForService: z.boolean(),
    priorAuthorizationNotObtained: z.boolean(),
    complete: z.boolean(),
    providerRegistered: z.boolean(),
    /** The issue impacts immediate access to care (PORTAL-EXPEDITE). */
    accessToCare: z.boolean(),
    members: z.array(TicketMemberSchema),
    events: z.array(TicketEventSchema),
  }),
);
export type Ticket = z.infer<typeof TicketSchema>;
/** What callers send: the same shape before validation. */
export type TicketInput = z.input<typeof TicketSchema>;
