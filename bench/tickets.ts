// Deterministic Provider Resolution Portal tickets for the benchmarks: a seeded PRNG
// (bench/random.ts), never Math.random, so every run evaluates the same tickets.
import { fromDayNumber, toDayNumber } from "../src/core/checked-dates.js";
import type { IsoDate, Ticket, TicketEvent } from "../src/index.js";
import { seededRandom } from "./random.js";

const first = toDayNumber("2020-03-01" as IsoDate);
const span = toDayNumber("2025-12-31" as IsoDate) - first;
const day = (n: number): IsoDate => fromDayNumber(n);
const contact = { name: "A. Smith", phone: "312-555-0100", email: "a.smith@acme.example" };

/** A generator of realistic tickets (a timely submission, then a random stretch of the lifecycle); `ticket(i)` in order. */
export function ticketGenerator(seed = 2020_02_28): (i: number) => Ticket {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  return (i) => {
    const filed = first + Math.floor(random() * span);
    const issued = filed - 30 - Math.floor(random() * 31);
    const presented = filed + 1 + Math.floor(random() * 12);
    const events: TicketEvent[] = [{ type: "presented to MCO", date: day(presented) }];
    const stage = random();
    if (stage < 0.15)
      events.push(
        { type: "information requested", date: day(presented + 3) },
        { type: "information provided", date: day(presented + 6) },
      );
    if (stage > 0.3 && stage < 0.4)
      events.push(
        { type: "extension requested", date: day(presented + 20), requestedBy: "MCO" },
        { type: "extension decision", date: day(presented + 22), approved: random() < 0.8 },
      );
    if (stage > 0.2) {
      const proposed = presented + 10 + Math.floor(random() * 40);
      events.push({
        type: "proposal submitted",
        date: day(proposed),
        plan: "Reprocess the claims",
        resolutionPeriod: "30 days",
        contact,
        checkboxes: { upheld: random() < 0.5, overturned: random() < 0.5 },
      });
      if (stage > 0.7)
        events.push(
          { type: "provider contest", date: day(proposed + 3) },
          { type: "HFS review requested", date: day(proposed + 20) },
        );
    }
    return {
      ticketNumber: `T-${i}`,
      mco: pick(["Acme Health", "Blue Prairie", "Lakeshore Care", "River Valley Plan"]),
      program: pick(["HealthChoice Illinois", "MMAI"]),
      providerType: pick(["Hospital", "Physician", "Nursing Facility", "Pharmacy"]),
      internalDispute: {
        submittedToMcoOn: day(issued - 1),
        trackingNumber: random() < 0.97 ? `TRK-${i}` : null,
        trackingNumberIssuedOn: day(issued),
        resolution: null,
      },
      portalSubmittedOn: day(filed),
      medicareOnly: random() < 0.02,
      feeForService: random() < 0.01,
      priorAuthorizationNotObtained: random() < 0.02,
      complete: random() < 0.97,
      providerRegistered: true,
      accessToCare: random() < 0.05,
      members: [
        { name: "Member", recipientId: String(100000000 + (i % 899999999)), datesOfService: [day(issued - 20)] },
      ],
      events,
    };
  };
}
