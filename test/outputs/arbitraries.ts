// Random valid inputs of every area, for the every-output-renders properties: the portal's and
// spenddown's own arbitraries, a ticket closed without a contest (the deadline `not used`), WebCM
// member histories and sanction fines. Each area comes with its own `asOf`, near its dates, so
// that every status (open, missed, met, late, …) is drawn often.
import fc from "fast-check";
import {
  fromDayNumber,
  type Fine,
  type IsoDate,
  type ProviderQuarterAsOfInput,
  type Ticket,
  toDayNumber,
  type WebcmEvent,
  type WebcmMemberHistoryInput,
} from "../../src/internal.js";
import { dayBetween, richTicketArb, ticketArb } from "../portal/arbitraries.js";
import { members } from "../spenddown/arbitraries.js";

const offset = (date: IsoDate, days: number): IsoDate => fromDayNumber(toDayNumber(date) + days);

/**
 * A ticket presented, answered by a proposal, and closed because the provider did not contest
 * it (or closed for another reason): its contest right lapses unused, `not used` once closed.
 */
export const closedWithoutContestArb: fc.Arbitrary<Ticket> = fc
  .tuple(
    ticketArb,
    fc.integer({ min: 0, max: 10 }),
    fc.integer({ min: 1, max: 30 }),
    fc.integer({ min: 20, max: 120 }),
    fc.constantFrom("not contested" as const, "resolved" as const, "withdrawn" as const),
  )
  .map(([ticket, presented, proposal, closed, reason]) => {
    const filed = ticket.portalSubmittedOn;
    return {
      ...ticket,
      events: [
        { type: "presented to MCO" as const, date: offset(filed, presented) },
        {
          type: "proposal submitted" as const,
          date: offset(filed, presented + proposal),
          plan: "Reprocess",
          resolutionPeriod: null,
          contact: { name: "A. Smith", phone: "312-555-0100", email: "a.smith@acme.example" },
          checkboxes: { upheld: true, overturned: false },
        },
        { type: "ticket closed" as const, date: offset(filed, presented + proposal + closed), reason },
      ],
    };
  });

const lifecycle = (filed: IsoDate, days: readonly number[]) => {
  const at = (i: number) =>
    offset(
      filed,
      days.slice(0, i + 1).reduce((a, b) => a + b, 0),
    );
  return [
    { type: "presented to MCO" as const, date: at(0) },
    { type: "extension requested" as const, date: at(1), requestedBy: "MCO" as const },
    { type: "extension decision" as const, date: at(2), approved: true },
    {
      type: "proposal submitted" as const,
      date: at(3),
      plan: "Reprocess",
      resolutionPeriod: null,
      contact: { name: "A. Smith", phone: "312-555-0100", email: "a.smith@acme.example" },
      checkboxes: { upheld: true, overturned: false },
    },
    { type: "provider contest" as const, date: at(4) },
    { type: "HFS review requested" as const, date: at(5) },
    { type: "Administrative Review started" as const, date: at(6) },
    { type: "HFS decision" as const, date: at(7) },
  ];
};

/**
 * A ticket that passes intake and goes through the whole lifecycle in order (presented,
 * extended, proposal, contest, HFS review, Administrative Review, decision), cut after a random
 * step: every open status of a ticket is reached.
 */
export const lifecycleTicketArb: fc.Arbitrary<Ticket> = fc
  .tuple(
    ticketArb,
    fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 8, maxLength: 8 }),
    fc.integer({ min: 1, max: 8 }),
  )
  .map(([ticket, days, steps]) => {
    const filed = ticket.portalSubmittedOn;
    return {
      ...ticket,
      internalDispute: {
        submittedToMcoOn: offset(filed, -52),
        trackingNumber: "ACME-1",
        trackingNumberIssuedOn: offset(filed, -48),
        resolution: null,
      },
      medicareOnly: false,
      feeForService: false,
      priorAuthorizationNotObtained: false,
      complete: true,
      providerRegistered: true,
      events: lifecycle(filed, days).slice(0, steps),
    };
  });

/** Up to four tickets, numbered apart, of every kind, and an `asOf` from before the first filing to months after. */
export const portalCaseArb = fc
  .array(fc.oneof(ticketArb, richTicketArb, closedWithoutContestArb, lifecycleTicketArb), {
    minLength: 1,
    maxLength: 4,
  })
  .chain((tickets) => {
    const numbered = tickets.map((t, i) => ({ ...t, ticketNumber: `T-${i + 1}` }));
    const first = numbered[0]?.portalSubmittedOn ?? ("2024-01-01" as IsoDate);
    return fc.record({
      tickets: fc.constant(numbered),
      asOf: fc.integer({ min: -10, max: 240 }).map((days) => offset(first, days)),
    });
  });

const NAMES = ["Ann Lee", "Bo Chan"] as const;
const contact = fc.record({
  name: fc.constantFrom<string | null>(...NAMES, null),
  email: fc.constantFrom<string | null>("cc@mco.example.com", null),
  telephone: fc.constantFrom<string | null>("312-555-0142", null),
});

/** A WebCM event within 40 days of `start`, of any type. */
const webcmEvent = (start: IsoDate): fc.Arbitrary<WebcmEvent> => {
  const date = fc.integer({ min: 0, max: 40 }).map((n) => offset(start, n));
  return fc.oneof(
    date.map((d) => ({ type: "waiver assignment notified" as const, date: d })),
    fc
      .tuple(date, fc.constantFrom(...NAMES))
      .map(([d, newCoordinator]) => ({ type: "care coordinator changed" as const, date: d, newCoordinator })),
    fc.tuple(date, contact).map(([d, c]) => ({ type: "file transfer" as const, date: d, contact: c })),
    fc.tuple(date, contact).map(([d, c]) => ({ type: "manual alternate contact" as const, date: d, contact: c })),
  ) as fc.Arbitrary<WebcmEvent>;
};

/** One to three WebCM member histories of one MCO, and an `asOf` within their dates or after. */
export const webcmCaseArb = dayBetween("2023-01-01", "2025-10-31").chain((start) =>
  fc.record({
    histories: fc
      .array(fc.array(webcmEvent(start), { maxLength: 8 }), { minLength: 1, maxLength: 3 })
      .map((lists) =>
        lists.map((events, i): WebcmMemberHistoryInput => ({ member: `M-${i + 1}`, mco: "Meridian", events })),
      ),
    asOf: fc.integer({ min: 0, max: 90 }).map((days) => offset(start, days)),
  }),
);

/** A provider's quarter (SFY2025 Q1: July-September 2024), its reports submitted or not, and an `asOf`. */
export const spenddownCaseArb = fc.record({
  quarter: fc
    .tuple(
      members,
      fc.option(dayBetween("2024-10-01", "2024-11-20"), { nil: null }),
      fc.option(dayBetween("2024-10-01", "2024-11-20"), { nil: null }),
    )
    .map(
      ([ms, financial, performance]): ProviderQuarterAsOfInput => ({
        provider: "Lakeside CMHC",
        fiscalYear: 2025,
        quarter: 1,
        members: ms,
        reportsSubmitted: { financial, performance },
      }),
    ),
  asOf: dayBetween("2024-07-01", "2025-01-31"),
});

const fine: fc.Arbitrary<Fine> = fc
  .record({
    ticket: fc.integer({ min: 1, max: 40 }),
    mco: fc.constantFrom("Acme Health", "Bright Care"),
    due: fc.integer({ min: toDayNumber("2021-01-01" as IsoDate), max: toDayNumber("2025-06-30" as IsoDate) }),
    issueDelay: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }),
  })
  .map(({ ticket, mco, due, issueDelay }) => ({
    ticketNumber: `T-${ticket}`,
    mco,
    dueDate: fromDayNumber(due),
    overdueOn: fromDayNumber(due + 1),
    issuedOn: issueDelay === null ? null : fromDayNumber(due + 1 + issueDelay),
    amountCents: 500000,
  }));

/** Fines of a few MCOs, the notices issued for some of their quarters, and an `asOf` after the first fine. */
export const sanctionsCaseArb = fc.array(fine, { minLength: 1, maxLength: 5 }).chain((fines) => {
  const first = fines.map((f) => f.dueDate).sort()[0] as IsoDate;
  return fc.record({
    fines: fc.constant(fines),
    asOf: fc.integer({ min: 0, max: 200 }).map((days) => offset(first, days)),
    issuedAfter: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
  });
});
