// The privacy rule on the timeline page (issue 26): random valid tickets of every status, their
// members and their events' notes carrying canaries, drawn on one page with the work queue,
// the overview and every ticket's detail: no canary anywhere in the page (docs/privacy.md).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  evaluateTickets,
  illinoisStateCalendar,
  type Ticket,
  ticketTimeline,
  timelinePage,
  workQueue,
} from "../../src/internal.js";
import { portalCaseArb } from "../outputs/arbitraries.js";

const NAME = "ZZCANARY Name";
const RIN = "987654321";
/** A date of service no ticket of the arbitraries comes near (they run 2019 to 2026). */
const DATE_OF_SERVICE = "1999-09-09";
const CANARIES = ["ZZCANARY", RIN, DATE_OF_SERVICE];

const withCanaries = (t: Ticket): Ticket =>
  ({
    ...t,
    members: [
      { name: NAME, recipientId: RIN, datesOfService: [DATE_OF_SERVICE] },
      { name: `${NAME} 2`, recipientId: RIN, datesOfService: [] },
    ],
    events: t.events.map((e) => ({ ...e, note: `${NAME} ${RIN} ${DATE_OF_SERVICE}` })),
  }) as Ticket;

describe("the timeline page shows no member value", () => {
  it("for random valid tickets of every status, with the queue and projected deadlines", () => {
    const calendar = illinoisStateCalendar();
    fc.assert(
      fc.property(portalCaseArb, ({ tickets, asOf }) => {
        const canaried = tickets.map(withCanaries);
        const queue = workQueue(evaluateTickets(canaried, { asOf, calendar }), { asOf, calendar }).items;
        const page = timelinePage(
          canaried.map((t) => ticketTimeline(t, { asOf, calendar, project: true })),
          { asOf, calendar, queue },
        );
        expect(page).toContain('<section class="overview"');
        for (const canary of CANARIES) expect(page).not.toContain(canary);
      }),
      { numRuns: 150 },
    );
  });
});
