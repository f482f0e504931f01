// The fine e-mail as an .eml file (PORTAL-FINE-NOTICE): a mail parser reads back the policy's exact
// subject and text, the headers are RFC 5322's, and a mailbox cannot inject a header.
import PostalMime from "postal-mime";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateTicket, RuleInputError, type TicketInput } from "../../src/index.js";
import { fineNoticeMessage } from "../../src/mail/fine-message.js";
import { CLEAN_TICKET } from "../portal/ticket-fixture.js";

// A ticket presented 2024-06-04 whose proposal never came: overdue, fined on 2024-07-16.
const overdue: TicketInput = {
  ...CLEAN_TICKET,
  ticketNumber: "PRP-2024-1003",
  events: [
    { type: "presented to MCO", date: "2024-06-04" },
    { type: "fine issued", date: "2024-07-16" },
  ],
};
const evaluation = evaluateTicket(overdue, { asOf: "2024-08-01" });
const { fine, fineNotice } = evaluation;

describe("fineNoticeMessage", () => {
  it("the evaluated ticket has a fine and its notice", () => {
    expect(fine).not.toBeNull();
    expect(fineNotice).not.toBeNull();
  });
  it("parses back to the policy's exact subject and text, with the headers a mail system needs", async () => {
    if (fine === null || fineNotice === null) throw new Error("no fine");
    const text = fineNoticeMessage(fine, fineNotice, { to: ["Claims Team <claims@plan.example>"] });
    expect(text).toMatch(/\r\n\r\n/);
    for (const line of text.split("\r\n")) expect(line.length).toBeLessThanOrEqual(78);
    const mail = await PostalMime.parse(text);
    expect(mail.subject).toBe("MCO Provider Resolution Portal Fine Notice \u2013 PRP-2024-1003");
    expect(mail.text?.replace(/\r?\n$/, "")).toBe(fineNotice.body);
    expect(mail.from?.address).toBe("portal@example.invalid");
    expect(mail.to?.map((t) => t.address)).toEqual(["claims@plan.example"]);
    expect(mail.date).toBe(new Date("2024-07-16T18:00:00Z").toISOString());
    expect(mail.messageId).toBe(`<fine-notice.PRP-2024-1003.${fine.dueDate}@hfs-mco-rules.invalid>`);
  });
  it("any ticket number, however long or foreign, comes back intact in the subject", async () => {
    if (fine === null) throw new Error("no fine");
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 80, unit: "grapheme" }), async (ticketNumber) => {
        const notice = { subject: `MCO Provider Resolution Portal Fine Notice \u2013 ${ticketNumber}`, body: "x" };
        const text = fineNoticeMessage({ ...fine, ticketNumber }, notice);
        const mail = await PostalMime.parse(text);
        expect(mail.subject).toBe(notice.subject);
        expect(text.split("\r\n\r\n")[0]).not.toMatch(/[^\x20-\x7e\r\n]/);
      }),
      { numRuns: 200 },
    );
  });
  it("a mailbox with a line break, or no address, is a RuleInputError naming the setting, not its value", () => {
    if (fine === null || fineNotice === null) throw new Error("no fine");
    const bad = ["ops@plan.example\r\nBcc: all@plan.example", "Claims Team"];
    for (const to of bad) {
      let caught: unknown;
      try {
        fineNoticeMessage(fine, fineNotice, { to: [to] });
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(RuleInputError);
      expect(String((caught as Error).message)).toContain("settings.to[0]");
      expect(String((caught as Error).message)).not.toContain("plan.example");
    }
  });
});
