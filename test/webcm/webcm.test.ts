// Unit tests of the WEBCM-* API: input errors, purity, the TSDoc examples.
import { describe, expect, it } from "vitest";
import {
  activeContact,
  contactDeadlines,
  contactIssues,
  lastTransferDateMeetingDeadline,
  RuleInputError,
  webcmComplianceReport,
  webcmReportPeriod,
} from "../../src/index.js";

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
    expect(contactDeadlines(history, "2024-04-01").deadlines[0]?.deadline.status).toBe("met");
    expect(lastTransferDateMeetingDeadline({ ruleId: "WEBCM-INITIAL-DUE", triggerDate: "2024-03-01", transferWeekday: "Wednesday" }).lastTransferDate).toBe("2024-03-13");
    expect(webcmReportPeriod("2024-Q2")).toEqual({ id: "2024-Q2", year: 2024, quarter: 2, firstDay: "2024-04-01", lastDay: "2024-06-30" });
  });
  it("throws a RuleInputError naming the field for schema-invalid input", () => {
    expect(() => contactDeadlines({ ...history, events: [{ type: "file transfer", date: "2024-13-01", contact: ann }] }, "2024-04-01")).toThrow(RuleInputError);
    expect(() => contactDeadlines(history, "2024-04-31")).toThrow(/contactDeadlines: asOf: expected a calendar date YYYY-MM-DD, got a day that does not exist/);
    expect(() => activeContact({ ...history, events: [{ type: "file transfer", date: "2024-03-01", contact: { ...ann, fax: "1" } }] } as never, "2024-04-01")).toThrow(/events\[0\]\.contact\.fax: unknown key/);
    expect(() => contactDeadlines(history, "2024-04-01", { deadlineRoll: "backward" as never })).toThrow(/deadlineRoll/);
    expect(() => webcmComplianceReport({ mco: "Meridian", quarter: "2024-Q0", asOf: "2024-04-01", members: [] })).toThrow(/quarter/);
  });
  it("an invalid contact is a finding, not an exception", () => {
    const bad = { ...history, events: [...history.events.slice(0, 1), { type: "manual alternate contact" as const, date: "2024-03-02", contact: { name: "Ann Lee", email: "ann@mco.example.com", telephone: "555-0142" } }] };
    const result = contactDeadlines(bad, "2024-04-01");
    expect(result.findings.map((f) => f.ruleId)).toEqual(["WEBCM-CONTACT-FIELDS", "WEBCM-INITIAL-DUE"]);
    expect(result.findings[0]?.message).toContain("telephone");
    expect(result.contactIssues).toMatchObject([{ field: "telephone", problem: "malformed", value: "555-0142" }]);
  });
  it("does not change its input and returns plain JSON data", () => {
    const before = JSON.stringify(history);
    const result = contactDeadlines(history, "2024-04-01");
    expect(JSON.stringify(history)).toBe(before);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});
