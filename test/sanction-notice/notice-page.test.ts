// The Portal Sanction Payment Notice page (src/sanction-notice): each fine once, the total, the
// payment due date of open point 14, the payment details or a marked placeholder, and every text
// escaped.
import { describe, expect, it } from "vitest";
import type { IsoDate } from "../../src/core/iso-date.js";
import { evaluateSanctionNotices } from "../../src/index.js";
import { paymentDueOf, sanctionNoticePageOf } from "../../src/sanction-notice/index.js";

const asOf = "2024-07-10" as IsoDate;
const fine = (ticketNumber: string, mco: string, dueDate: string, overdueOn: string, issuedOn: string | null) => ({
  ticketNumber,
  mco,
  dueDate,
  overdueOn,
  issuedOn,
  amountCents: 500000,
});
const FINES = [
  fine("T-1", "Acme Health", "2024-02-05", "2024-02-06", "2024-02-07"),
  fine("T-2", "Acme Health", "2024-03-04", "2024-03-05", null),
  fine("T-3", "Bright Care", "2024-05-13", "2024-05-14", "2024-05-15"),
];
const DETAILS = { bureau: "Bureau of Managed Care", address: ["201 South Grand Avenue East", "Springfield, IL"] };

function page(fines: unknown[], paymentDueDate: "as-stated-by-hfs" | "30-days-after-notice", details = true) {
  const result = evaluateSanctionNotices(
    { fines: fines as never, issued: [{ mco: "Acme Health", year: 2024, quarter: 1, issuedOn: "2024-04-20" }] },
    { asOf },
  );
  return sanctionNoticePageOf(result.notices, {
    asOf,
    paymentDueDate,
    ...(details ? { paymentDetails: DETAILS } : {}),
  });
}

const count = (text: string, part: string) => text.split(part).length - 1;

describe("sanctionNoticePageOf", () => {
  it("one section per MCO and period, each fine listed once, the total of each notice", () => {
    const html = page(FINES, "as-stated-by-hfs");
    expect(count(html, '<section class="notice"')).toBe(2);
    for (const t of ["T-1", "T-2", "T-3"]) expect(count(html, `data-ticket="${t}"`)).toBe(1);
    expect(html).toContain("$10,000.00");
    expect(html).toContain("$5,000.00");
    expect(html).toContain("2024-03-05 (overdue (issue date unknown))");
    expect(html).toContain("2024-04-20 (issued)");
    expect(html).toContain("not issued as of 2024-07-10");
  });
  it("the payment due date: as stated by HFS by default, 30 days after the notice date as the option", () => {
    expect(page(FINES, "as-stated-by-hfs")).toContain("as stated by HFS");
    const dated = page(FINES, "30-days-after-notice");
    // Acme, issued 2024-04-20: 2024-05-20; Bright Care, not issued, due by 2024-07-31: 2024-08-30.
    expect(dated).toContain("2024-05-20: 30 calendar days after the notice&#39;s issue date, 2024-04-20");
    expect(dated).toContain("2024-08-30: 30 calendar days after the date the notice is due by, 2024-07-31");
    expect(dated).toContain("open point 14, option paymentDueDate: 30-days-after-notice");
  });
  it("paymentDueOf crosses months and years", () => {
    expect(paymentDueOf({ date: "2024-12-15" as IsoDate, basis: "issued" }, "30-days-after-notice").date).toBe(
      "2025-01-14",
    );
    expect(paymentDueOf({ date: "2024-12-15" as IsoDate, basis: "issued" }, "as-stated-by-hfs").date).toBeNull();
  });
  it("shows the payment details, or a placeholder clearly marked", () => {
    expect(page(FINES, "as-stated-by-hfs")).toContain("201 South Grand Avenue East<br>Springfield, IL");
    const without = page(FINES, "as-stated-by-hfs", false);
    expect(count(without, 'class="placeholder"')).toBe(2);
    expect(without).toContain("Payment details not given");
  });
  it("escapes every text: an MCO name or a ticket number with < or &", () => {
    const html = page(
      [fine("<script>x</script>&1", "A&B <Health>", "2024-02-05", "2024-02-06", "2024-02-07")],
      "as-stated-by-hfs",
    );
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<Health>");
    expect(html).toContain("&lt;script&gt;x&lt;/script&gt;&amp;1");
    expect(html).toContain("A&amp;B &lt;Health&gt;");
  });
  it("is self-contained: no script, nothing loaded from the network", () => {
    const html = page(FINES, "as-stated-by-hfs");
    expect(html).not.toMatch(/<script|<link|<img|src=|href=|@import|url\(/i);
    expect(html).toContain("break-after: page");
  });
  it("no fine, no notice: a page that says so", () => {
    expect(page([], "as-stated-by-hfs")).toContain("No notice");
  });
});

describe("option paymentDueDate (open point 14)", () => {
  it("changes no answer of the rules: the notices are the same under both values", () => {
    const answer = (paymentDueDate: "as-stated-by-hfs" | "30-days-after-notice") =>
      evaluateSanctionNotices({ fines: FINES }, { asOf, options: { paymentDueDate } });
    expect(answer("30-days-after-notice")).toEqual(answer("as-stated-by-hfs"));
    expect(evaluateSanctionNotices({ fines: FINES }, { asOf })).toEqual(answer("as-stated-by-hfs"));
  });
  it("a value outside the two is an input error naming the option", () => {
    expect(() =>
      evaluateSanctionNotices({ fines: FINES }, { asOf, options: { paymentDueDate: "soon" as never } }),
    ).toThrow(/paymentDueDate/);
  });
});
