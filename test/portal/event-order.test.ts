// The canonical order of a ticket's events (src/portal/event-order.ts): by date, then by the
// ticket lifecycle on one day, then by id, then by content, so that an evaluation never depends on
// the order of the input; the input itself is read when it is already in that order.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { IsoDate } from "../../src/index.js";
import { compareTicketEvents, sortTicketEvents, ticketEventsInOrder } from "../../src/portal/event-order.js";
import type { TicketEvent } from "../../src/portal/schemas.js";

const e = (type: string, date: string, more: object = {}) => ({ type, date: date as IsoDate, ...more }) as TicketEvent;
const names = (events: readonly TicketEvent[]) => events.map((x) => `${x.date} ${x.type}${x.id ? ` ${x.id}` : ""}`);

describe("the order of a ticket's events", () => {
  it("one day's events follow the lifecycle, whatever their input order", () => {
    const day = [
      e("ticket closed", "2024-07-01", { reason: "withdrawn" }),
      e("fine issued", "2024-07-01"),
      e("HFS decision", "2024-07-01"),
      e("Administrative Review started", "2024-07-01"),
      e("evidence delivered", "2024-07-01", { by: "MCO" }),
      e("HFS review requested", "2024-07-01"),
      e("provider contest", "2024-07-01"),
      e("proposal submitted", "2024-07-01", {
        plan: "P",
        resolutionPeriod: null,
        contact: { name: "A", phone: "1", email: "a@b.c" },
        checkboxes: { upheld: true, overturned: false },
      }),
      e("extension decision", "2024-07-01", { approved: true }),
      e("extension requested", "2024-07-01", { requestedBy: "MCO" }),
      e("information provided", "2024-07-01"),
      e("information requested", "2024-07-01"),
      e("presented to MCO", "2024-07-01"),
    ];
    expect(sortTicketEvents(day).map((x) => x.type)).toEqual([...day].reverse().map((x) => x.type));
  });

  it("the date comes first, then the stage, then the id, then the content", () => {
    const events = [
      e("presented to MCO", "2024-07-02"),
      e("information requested", "2024-07-01", { id: "B" }),
      e("information requested", "2024-07-01", { id: "A" }),
      e("information requested", "2024-07-01"),
      e("presented to MCO", "2024-07-01"),
      e("evidence delivered", "2024-07-01", { by: "provider" }),
      e("evidence delivered", "2024-07-01", { by: "MCO" }),
    ];
    expect(names(sortTicketEvents(events))).toEqual([
      "2024-07-01 presented to MCO",
      "2024-07-01 information requested",
      "2024-07-01 information requested A",
      "2024-07-01 information requested B",
      "2024-07-01 evidence delivered",
      "2024-07-01 evidence delivered",
      "2024-07-02 presented to MCO",
    ]);
    const evidence = sortTicketEvents(events).filter((x) => x.type === "evidence delivered");
    expect(evidence.map((x) => (x as { by: string }).by)).toEqual(["MCO", "provider"]);
    expect(compareTicketEvents(e("fine issued", "2024-07-01"), e("fine issued", "2024-07-01"))).toBe(0);
    // The content does not depend on the key order of the event object.
    expect(
      compareTicketEvents(e("evidence delivered", "2024-07-01", { by: "MCO", id: "X" }), {
        id: "X",
        by: "MCO",
        date: "2024-07-01",
        type: "evidence delivered",
      } as TicketEvent),
    ).toBe(0);
  });

  it("sortTicketEvents is a new array and leaves its input as it was", () => {
    const events = [e("presented to MCO", "2024-07-02"), e("presented to MCO", "2024-07-01")];
    const sorted = sortTicketEvents(events);
    expect(sorted).not.toBe(events);
    expect(names(events)).toEqual(["2024-07-02 presented to MCO", "2024-07-01 presented to MCO"]);
  });

  it("the events already in order are read as given; any other order is a sorted copy (property)", () => {
    const types = [
      "presented to MCO",
      "information requested",
      "information provided",
      "provider contest",
      "fine issued",
    ];
    const event = fc
      .record({
        type: fc.constantFrom(...types),
        day: fc.integer({ min: 1, max: 4 }),
        id: fc.option(fc.constantFrom("A", "B"), { nil: undefined }),
      })
      .map(({ type, day, id }) => e(type, `2024-07-0${day}`, id ? { id } : {}));
    fc.assert(
      fc.property(fc.array(event, { maxLength: 8 }), (events) => {
        const sorted = sortTicketEvents(events);
        expect(ticketEventsInOrder(sorted)).toBe(sorted);
        const read = ticketEventsInOrder(events);
        expect(read).toEqual(sorted);
        const inOrder = events.every((x, i) => i === 0 || compareTicketEvents(events[i - 1] as TicketEvent, x) <= 0);
        expect(read === events).toBe(inOrder);
      }),
      { numRuns: 200 },
    );
  });
});
