// Open point 2 has one name in every area (`unstatedRoll`): the portal's old name
// `rollUnstatedLimits` is a RuleInputError that names the new one, never accepted silently.
import { describe, expect, it } from "vitest";
import {
  evaluateTicket,
  evidenceDueDate,
  hfsReviewRequestDueDate,
  parseIsoDate,
  RuleInputError,
  submissionWindow,
} from "../../src/internal.js";
import { resolvePortalOptions } from "../../src/api/settings/portal.js";
import { ticket } from "../privacy/entry-points.js";

function migrationError(run: () => unknown): RuleInputError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(RuleInputError);
    return error as RuleInputError;
  }
  throw new Error("expected a RuleInputError");
}

describe("rollUnstatedLimits was renamed to unstatedRoll", () => {
  const old = { rollUnstatedLimits: "forward" } as never;
  it("evaluateTicket refuses the old name and names the new one", () => {
    const error = migrationError(() => evaluateTicket(ticket, { asOf: "2024-07-10", options: old }));
    expect(error.issues.map((i) => i.field)).toEqual(["options.rollUnstatedLimits"]);
    expect(error.message).toContain("renamed to `unstatedRoll`");
  });
  it("so do resolvePortalOptions and the date functions that read open point 2", () => {
    const start = parseIsoDate("2024-06-04");
    for (const run of [
      () => resolvePortalOptions(old),
      () => evidenceDueDate(start, old),
      () => hfsReviewRequestDueDate(start, old),
      () =>
        submissionWindow(
          {
            internalDispute: { submittedToMcoOn: start, trackingNumber: "A-1", trackingNumberIssuedOn: start },
            portalSubmittedOn: parseIsoDate("2024-07-10"),
          },
          old,
        ),
    ]) {
      expect(migrationError(run).message).toContain("renamed to `unstatedRoll`");
    }
  });
  it("the new name takes the same values", () => {
    const none = evaluateTicket(ticket, { asOf: "2024-07-10", options: { unstatedRoll: "none" } });
    const forward = evaluateTicket(ticket, { asOf: "2024-07-10", options: { unstatedRoll: "forward" } });
    expect(none.submissionWindow?.latest.options).toMatchObject({ unstatedRoll: "none" });
    expect(forward.submissionWindow?.latest.options).toMatchObject({ unstatedRoll: "forward" });
    expect(() =>
      evaluateTicket(ticket, { asOf: "2024-07-10", options: { unstatedRoll: "backward" as never } }),
    ).toThrow(/unstatedRoll/);
  });
});
