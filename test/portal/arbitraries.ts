// fast-check generators of schema-valid Provider Resolution Portal tickets, for the properties.
import fc from "fast-check";
import { fromDayNumber, toDayNumber } from "../../src/core/checked-dates.js";
import type { IsoDate, PortalOptions, Ticket, TicketEvent } from "../../src/index.js";

export const dayBetween = (min: string, max: string): fc.Arbitrary<IsoDate> =>
  fc.integer({ min: toDayNumber(min as IsoDate), max: toDayNumber(max as IsoDate) }).map(fromDayNumber);

const offset = (date: IsoDate, days: number): IsoDate => fromDayNumber(toDayNumber(date) + days);

const contact = fc.record({
  name: fc.constantFrom("A. Smith", "", null),
  phone: fc.constantFrom("312-555-0100", null),
  email: fc.constantFrom("a.smith@acme.example", "not-an-email", null),
});

/** An event of any type, dated `days` after the filing date. */
const eventAt = (filed: IsoDate) =>
  fc
    .tuple(fc.integer({ min: -3, max: 140 }), fc.option(fc.constantFrom("a", "b", "c"), { nil: undefined }))
    .chain(([days, id]) => {
      const common = { date: offset(filed, days), ...(id === undefined ? {} : { id }) };
      return fc.oneof(
        fc.constant({ type: "presented to MCO" as const, ...common }),
        fc.constant({ type: "information requested" as const, ...common }),
        fc.constant({ type: "information provided" as const, ...common }),
        fc
          .constantFrom("MCO" as const, "provider" as const)
          .map((requestedBy) => ({ type: "extension requested" as const, ...common, requestedBy })),
        fc.boolean().map((approved) => ({ type: "extension decision" as const, ...common, approved })),
        fc.record({ upheld: fc.boolean(), overturned: fc.boolean() }).chain((checkboxes) =>
          contact.map((c) => ({
            type: "proposal submitted" as const,
            ...common,
            plan: "Reprocess",
            resolutionPeriod: null,
            contact: c,
            checkboxes,
          })),
        ),
        fc.constant({ type: "provider contest" as const, ...common }),
        fc.constant({ type: "HFS review requested" as const, ...common }),
        fc
          .constantFrom("MCO" as const, "provider" as const)
          .map((by) => ({ type: "evidence delivered" as const, ...common, by })),
        fc.constant({ type: "Administrative Review started" as const, ...common }),
        fc.constant({ type: "HFS decision" as const, ...common }),
        fc
          .constantFrom("resolved" as const, "withdrawn" as const, "HFS decision" as const)
          .map((reason) => ({ type: "ticket closed" as const, ...common, reason })),
        fc.constant({ type: "fine issued" as const, ...common }),
      ) as fc.Arbitrary<TicketEvent>;
    });

const mostly = (value: boolean) =>
  fc.oneof({ weight: 9, arbitrary: fc.constant(value) }, { weight: 1, arbitrary: fc.constant(!value) });

/** Any schema-valid ticket, filed between mid-2019 and 2025, with up to 14 events in any order. */
export const ticketArb: fc.Arbitrary<Ticket> = dayBetween("2019-06-01", "2025-10-31").chain((filed) =>
  fc.record({
    ticketNumber: fc.constantFrom("T-1", "T-2"),
    mco: fc.constant("Acme Health"),
    program: fc.constant("HealthChoice Illinois"),
    providerType: fc.constant("Hospital"),
    internalDispute: fc
      .tuple(fc.integer({ min: -75, max: 5 }), fc.integer({ min: 0, max: 10 }), fc.boolean(), fc.boolean())
      .map(([mco, issued, hasNumber, hasDate]) => ({
        submittedToMcoOn: offset(filed, mco),
        trackingNumber: hasNumber || issued > 2 ? "ACME-1" : null,
        trackingNumberIssuedOn: hasDate || issued > 2 ? offset(filed, mco + issued) : null,
        resolution: null,
      })),
    portalSubmittedOn: fc.constant(filed),
    medicareOnly: mostly(false),
    feeForService: mostly(false),
    priorAuthorizationNotObtained: mostly(false),
    complete: mostly(true),
    providerRegistered: mostly(true),
    accessToCare: fc.boolean(),
    members: fc.constant([]),
    events: fc.array(eventAt(filed), { maxLength: 14 }),
  }),
);

/** Any set of the portal's open-point options (each given or left to its default). */
export const portalOptionsArb: fc.Arbitrary<PortalOptions> = fc.record(
  {
    submissionWindowStart: fc.constantFrom("tracking-number-issued", "submitted-to-mco", "adm-code-140.75"),
    unstatedRoll: fc.constantFrom("none", "forward"),
    extensionLimitFrom: fc.constantFrom("raw-30th-day", "rolled-due-date"),
    mcoClockStart: fc.constantFrom("presentation-else-portal-receipt", "presentation-only", "portal-receipt"),
    hfsReviewClockFrom: fc.constantFrom("contest", "mco-response"),
    monthOnlyEffectiveDate: fc.constantFrom("first-day-of-month", "first-day-of-next-month"),
    businessDayStart: fc.constantFrom("count-from-start", "roll-start-forward"),
    eventsAfterAsOf: fc.constantFrom("not-known", "presentation-from-record"),
    extensionOnceCounts: fc.constantFrom("approved-extensions", "requests"),
  },
  { requiredKeys: [] },
);

const memberArb = fc.record({
  name: fc.constantFrom("Jane Doe", "", " "),
  recipientId: fc.constantFrom("123456789", "12345", ""),
  datesOfService: fc.constantFrom<IsoDate[][]>([], ["2024-03-01" as IsoDate]),
});

/** {@link ticketArb} with members (some incomplete) and an internal resolution (some dated before the dispute). */
export const richTicketArb: fc.Arbitrary<Ticket> = fc
  .tuple(ticketArb, fc.array(memberArb, { maxLength: 3 }), fc.option(fc.integer({ min: -20, max: 60 }), { nil: null }))
  .map(([ticket, members, resolvedAfter]) => ({
    ...ticket,
    members,
    internalDispute: {
      ...ticket.internalDispute,
      resolution:
        resolvedAfter === null ? null : { date: offset(ticket.internalDispute.submittedToMcoOn, resolvedAfter) },
    },
  }));
