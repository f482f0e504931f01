// The hint for a record of another kind (src/cli/record-kind.ts), without starting the command.
import { describe, expect, it } from "vitest";
import { kindHinter, notATicketHint, wrongKindHint } from "../../src/cli/record-kind.js";

const missing = (field: string) => ({ line: 7, field, reason: "missing: expected text" });

describe("wrongKindHint", () => {
  it("names the kind the record has and the kind the command expected", () => {
    expect(wrongKindHint({ member: "M", events: [] }, [missing("ticketNumber")])).toMatch(
      /^hint: line 7 looks like a WebCM member history, not a Provider Resolution Portal ticket; /,
    );
    expect(wrongKindHint({ provider: "P", fiscalYear: 1, quarter: 1, members: [] }, [missing("member")])).toMatch(
      /^hint: line 7 looks like a spenddown provider quarter, not a WebCM member history; /,
    );
  });

  it("is silent when the kinds agree, when the record has no kind's keys, or when no key of a kind is missing", () => {
    expect(wrongKindHint({ ticketNumber: "T", portalSubmittedOn: "x" }, [missing("ticketNumber")])).toBeUndefined();
    expect(wrongKindHint({ member: "M" }, [missing("ticketNumber")])).toBeUndefined();
    expect(
      wrongKindHint({ member: "M", events: [] }, [{ line: 7, field: "mco", reason: "missing: expected text" }]),
    ).toBeUndefined();
    expect(wrongKindHint([{ member: "M", events: [] }], [missing("ticketNumber")])).toBeUndefined();
    expect(wrongKindHint(null, [missing("ticketNumber")])).toBeUndefined();
  });

  it("reads the record's own keys only", () => {
    const inherited = Object.create({ member: "M", events: [] });
    expect(wrongKindHint(inherited, [missing("ticketNumber")])).toBeUndefined();
  });

  it("is said once per input", () => {
    const said: string[] = [];
    const hint = kindHinter((text) => said.push(text));
    hint({ ticketNumber: "T" }, [missing("ticketNumber")]);
    for (let i = 0; i < 3; i++) hint({ member: "M", events: [] }, [missing("ticketNumber")]);
    expect(said).toHaveLength(1);
  });
});

describe("notATicketHint", () => {
  it("hints for a record of another kind without a ticketNumber, and never for one with it", () => {
    expect(notATicketHint({ member: "M", events: [] }, 4)).toMatch(/^hint: line 4 looks like a WebCM member history, /);
    expect(notATicketHint({ ticketNumber: "T", member: "M", events: [] }, 4)).toBeUndefined();
    expect(notATicketHint({ mco: "Acme" }, 4)).toBeUndefined();
    expect(notATicketHint("text", 4)).toBeUndefined();
  });
});
