// The iCalendar output parses back with an independent parser (ical.js) to the same dates,
// UIDs and descriptions, whatever the time zone.
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { dueDate, type IsoDate } from "../../src/index.js";
import { explanationEntry, deadlineEntries, toICalendar } from "../../src/ics/icalendar.js";
import { makeDeadline } from "../../src/core/deadline.js";

const proposal = dueDate({
  ruleId: "PORTAL-PROPOSAL-DUE",
  start: "2024-06-04" as IsoDate,
  amount: 30,
  counting: "calendar-days",
  roll: "forward",
});
const deadline = makeDeadline({
  ruleId: "PORTAL-PROPOSAL-DUE",
  name: "proposal",
  party: "MCO",
  explanation: proposal,
  metOn: null,
  asOf: "2024-07-01" as IsoDate,
});

function parse(text: string) {
  const component = new ICAL.Component(ICAL.parse(text));
  return component.getAllSubcomponents("vevent").map((v) => {
    const event = new ICAL.Event(v);
    return {
      uid: event.uid,
      start: event.startDate.toString(),
      isDate: event.startDate.isDate,
      summary: event.summary,
      description: event.description,
    };
  });
}

describe("toICalendar", () => {
  it("writes all-day events that an independent parser reads back", () => {
    const text = toICalendar(
      [
        ...deadlineEntries([deadline], "Ticket T-1", ["ticket", "T-1"]),
        explanationEntry(proposal, "Proposal due", "notice-1"),
      ],
      { name: "Test", asOf: "2024-07-01" as IsoDate },
    );
    const events = parse(text);
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({
      uid: "ticket_T-1_PORTAL-PROPOSAL-DUE_proposal_MCO_2024-06-04@hfs-mco-rules",
      start: "2024-07-05",
      isDate: true,
      summary: "Ticket T-1: proposal due (MCO)",
    });
    expect(events[0]?.description).toContain("PORTAL-PROPOSAL-DUE");
    expect(events[0]?.description).toContain("rolled forward to 2024-07-05");
    expect(events[0]?.description).toContain(
      "PORTAL-PROPOSAL-DUE (HFS Provider Resolution Portal Requirements, revised February 2023)",
    );
    expect(events[1]).toMatchObject({ uid: "notice-1@hfs-mco-rules", start: "2024-07-05" });
  });
  it("a calendar name with a line break, a comma or a semicolon stays one name, never a property or an event", () => {
    const name = "Tickets\r\nBEGIN:VEVENT\nUID:x;y, z\\";
    const text = toICalendar(deadlineEntries([deadline], "Ticket T-1", ["ticket", "T-1"]), {
      name,
      asOf: "2024-07-01" as IsoDate,
    });
    const calendar = new ICAL.Component(ICAL.parse(text));
    // NAME and X-WR-CALNAME are TEXT; ical.js reads them raw, so its own TEXT decoder unescapes them.
    const textValue = ICAL.design.icalendar.value.text;
    for (const property of ["name", "x-wr-calname"])
      expect(textValue.fromICAL(String(calendar.getFirstPropertyValue(property)))).toBe(name.replace(/\r\n/g, "\n"));
    expect(calendar.getAllSubcomponents("vevent")).toHaveLength(1);
    expect(text.split("\r\n").filter((line) => line.startsWith("BEGIN:VEVENT"))).toHaveLength(1);
  });
  it("is the same text on every run (stable UIDs, DTSTAMP from asOf, not the clock)", () => {
    const a = toICalendar(deadlineEntries([deadline], "T", "t"), { name: "x", asOf: "2024-07-01" as IsoDate });
    const b = toICalendar(deadlineEntries([deadline], "T", "t"), { name: "x", asOf: "2024-07-01" as IsoDate });
    expect(a).toBe(b);
    expect(a).toContain("DTSTAMP:20240701T000000Z");
  });
});
