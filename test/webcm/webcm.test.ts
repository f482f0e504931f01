// Unit tests of the WEBCM-* API: input errors, purity, the TSDoc examples.
import { describe, expect, it } from "vitest";
import {
  activeContact,
  calendarQuarter,
  evaluateContactDeadlines,
  contactIssues,
  lastTransferDateMeetingDeadline,
  RuleInputError,
  webcmComplianceReport,
} from "../../src/internal.js";

const ann = { name: "Ann Lee", email: "ann@mco.example.com", telephone: "312-555-0142" };
const history = {
  member: "100200300",
  mco: "Meridian",
  events: [
    { type: "waiver assignment notified" as const, date: "2024-03-01" },
    { type: "file transfer" as const, date: "2024-03-16", contact: ann },
  ],
};

describe("webcm API", () => {
  it("follows its TSDoc examples", () => {
    expect(contactIssues({ name: "Ann Lee", email: "ann.lee@", telephone: "312-555-0142" })).toEqual([
      { field: "email", value: "ann.lee@", problem: "malformed", reason: "not a valid e-mail address" },
    ]);
    expect(evaluateContactDeadlines(history, { asOf: "2024-04-01" }).deadlines[0]?.deadline.status).toBe("met");
    expect(
      lastTransferDateMeetingDeadline({
        ruleId: "WEBCM-INITIAL-DUE",
        triggerDate: "2024-03-01",
        transferWeekday: "Wednesday",
      }).lastTransferDate,
    ).toBe("2024-03-13");
    expect(calendarQuarter(2024, 2)).toEqual({
      id: "2024-Q2",
      year: 2024,
      quarter: 2,
      months: ["2024-04", "2024-05", "2024-06"],
      firstDay: "2024-04-01",
      lastDay: "2024-06-30",
      label: "April, May and June 2024",
    });
  });
  it("throws a RuleInputError naming the field for schema-invalid input", () => {
    expect(() =>
      evaluateContactDeadlines(
        { ...history, events: [{ type: "file transfer", date: "2024-13-01", contact: ann }] },
        { asOf: "2024-04-01" },
      ),
    ).toThrow(RuleInputError);
    expect(() => evaluateContactDeadlines(history, { asOf: "2024-04-31" })).toThrow(
      /evaluateContactDeadlines: settings.asOf: expected a calendar date YYYY-MM-DD, got a day that does not exist/,
    );
    expect(() =>
      activeContact(
        { ...history, events: [{ type: "file transfer", date: "2024-03-01", contact: { ...ann, fax: "1" } }] } as never,
        { asOf: "2024-04-01" },
      ),
    ).toThrow(/events\[0\]\.contact: an unknown key \(not shown: not close to a field name\)/);
    expect(() =>
      evaluateContactDeadlines(history, { asOf: "2024-04-01", options: { unstatedRoll: "backward" as never } }),
    ).toThrow(/unstatedRoll/);
    // The 0.1 name of open point 2 is refused with its new name, never silently ignored.
    expect(() =>
      evaluateContactDeadlines(history, { asOf: "2024-04-01", options: { deadlineRoll: "forward" } as never }),
    ).toThrow(/options\.deadlineRoll: renamed to unstatedRoll/);
    expect(() => evaluateContactDeadlines(history, { asOf: "2024-04-01", deadlineRoll: "forward" } as never)).toThrow(
      /settings\.deadlineRoll: renamed to settings\.options\.unstatedRoll/,
    );
    expect(() =>
      lastTransferDateMeetingDeadline(
        { ruleId: "WEBCM-INITIAL-DUE", triggerDate: "2024-03-01", transferWeekday: "Wednesday" },
        { options: { deadlineRoll: "forward" } } as never,
      ),
    ).toThrow(/renamed to unstatedRoll/);
    expect(() => evaluateContactDeadlines(history, {} as never)).toThrow(/settings\.asOf/);
    expect(() =>
      webcmComplianceReport({ mco: "Meridian", quarter: "2024-Q0", members: [] }, { asOf: "2024-04-01" }),
    ).toThrow(/quarter/);
  });
  it("an invalid contact is a finding, not an exception", () => {
    const bad = {
      ...history,
      events: [
        ...history.events.slice(0, 1),
        {
          type: "manual alternate contact" as const,
          date: "2024-03-02",
          contact: { name: "Ann Lee", email: "ann@mco.example.com", telephone: "555-0142" },
        },
      ],
    };
    const result = evaluateContactDeadlines(bad, { asOf: "2024-04-01" });
    expect(result.findings.map((f) => f.ruleId)).toEqual(["WEBCM-CONTACT-FIELDS", "WEBCM-INITIAL-DUE"]);
    expect(result.findings[0]?.message).toContain("telephone");
    expect(result.contactIssues).toMatchObject([{ field: "telephone", problem: "malformed", value: "555-0142" }]);
  });
  it("does not change its input and returns plain JSON data", () => {
    const before = JSON.stringify(history);
    const result = evaluateContactDeadlines(history, { asOf: "2024-04-01" });
    expect(JSON.stringify(history)).toBe(before);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});
