// fast-check properties of the REGISTRATION-* rules (principle 7).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addBusinessDays,
  businessDaysBetween,
  type IsoDate,
  illinoisStateCalendar,
  isBusinessDay,
  evaluateRegistration,
  registrationFindings,
} from "../../src/internal.js";
import { fromDayNumber, toDayNumber } from "../../src/core/checked-dates.js";
import { raiseFinding } from "../../src/findings/kind.js";
import { REGISTRATION_FINDING_CODES, REGISTRATION_FINDINGS } from "../../src/registration/finding-codes.js";
import { expectKindFindings, expectListedCodes, expectWellFormedCodes } from "../finding-codes.js";

const calendar = illinoisStateCalendar();
const date = fc
  .integer({ min: toDayNumber("2023-02-22" as IsoDate), max: toDayNumber("2030-12-31" as IsoDate) })
  .map(fromDayNumber);
const reading = fc.constantFrom("floor" as const, "target" as const, "both" as const);
const extension = fc.constantFrom("21-calendar-days" as const, "15-business-days" as const);
const request = fc.record({
  submittedOn: date,
  complete: fc.constant(true),
  individuals: fc.integer({ min: 1, max: 60 }),
  usedMultipleTemplate: fc.boolean(),
});

describe("REGISTRATION-PROCESSING / REGISTRATION-BULK properties", () => {
  it("the 2-business-day date is a business day, 2 business days after submission", () => {
    fc.assert(
      fc.property(request, (r) => {
        const result = evaluateRegistration(r);
        if (result.outcome !== "processing") throw new Error("expected a window");
        const d = result.earliestDate as IsoDate;
        expect(isBusinessDay(d, calendar)).toBe(true);
        expect(d).toBe(addBusinessDays(r.submittedOn, 2, calendar));
        if (isBusinessDay(r.submittedOn, calendar)) expect(businessDaysBetween(r.submittedOn, d, calendar)).toBe(2);
      }),
    );
  });
  it("the window is ordered, bulk exactly from 10 individuals, and the extension is 3 weeks after the 2-business-day date", () => {
    fc.assert(
      fc.property(request, reading, extension, (r, processingReading, bulkExtension) => {
        const result = evaluateRegistration(r, { options: { processingReading, bulkExtension } });
        if (result.outcome !== "processing") throw new Error("expected a window");
        const base = addBusinessDays(r.submittedOn, 2, calendar);
        expect(result.bulk).toBe(r.individuals >= 10);
        expect(result.earliestDate).toBe(processingReading === "target" ? null : base);
        if (result.bulk) {
          const latest = result.latestDate as IsoDate;
          if (bulkExtension === "21-calendar-days") expect(toDayNumber(latest) - toDayNumber(base)).toBe(21);
          else expect(businessDaysBetween(base, latest, calendar)).toBe(15);
        } else {
          expect(result.latestDate).toBe(processingReading === "floor" ? null : base);
        }
        if (result.earliestDate !== null && result.latestDate !== null)
          expect(result.earliestDate <= result.latestDate).toBe(true);
        expect(result.findings.length > 0).toBe(r.individuals >= 2 && !r.usedMultipleTemplate);
      }),
    );
  });
  it("an incomplete request is always denied with its missing fields and no dates", () => {
    fc.assert(
      fc.property(
        date,
        fc.array(fc.constantFrom("Medicaid ID", "NPI", "name", "e-mail"), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 40 }),
        (submittedOn, missing, individuals) => {
          const result = evaluateRegistration({
            submittedOn,
            complete: false,
            missing,
            individuals,
            usedMultipleTemplate: true,
          });
          expect(result.outcome).toBe("denied");
          if (result.outcome === "denied") {
            expect(result.missing).toEqual(missing);
            expect(result.canEnterTickets).toBe(false);
          }
          expect("earliestDate" in result).toBe(false);
        },
      ),
    );
  });
});

describe("finding codes (src/registration/finding-codes.ts)", () => {
  it("the list is well formed", () => expectWellFormedCodes(REGISTRATION_FINDING_CODES));
  it("every finding of random requests carries a listed code with its rule ID and severity", () => {
    const anyRequest = fc.record({
      submittedOn: date,
      complete: fc.boolean(),
      individuals: fc.integer({ min: 1, max: 60 }),
      usedMultipleTemplate: fc.boolean(),
    });
    fc.assert(
      fc.property(anyRequest, fc.array(fc.constantFrom("Medicaid ID", "NPI"), { maxLength: 2 }), (r, missing) => {
        const request = r.complete ? r : { ...r, missing };
        expectListedCodes(evaluateRegistration(request).findings, REGISTRATION_FINDING_CODES);
        expectListedCodes(registrationFindings(request), REGISTRATION_FINDING_CODES);
      }),
    );
  });
  it("every finding of random requests parses with its kind's schema and has the message its kind writes", () => {
    const anyRequest = fc.record({
      submittedOn: date,
      complete: fc.boolean(),
      individuals: fc.integer({ min: 1, max: 2000 }),
      usedMultipleTemplate: fc.boolean(),
    });
    fc.assert(
      fc.property(anyRequest, fc.array(fc.constantFrom("Medicaid ID", "NPI"), { maxLength: 2 }), (r, missing) => {
        const request = r.complete ? r : { ...r, missing };
        const findings = [...evaluateRegistration(request).findings, ...registrationFindings(request)];
        expectKindFindings(findings, REGISTRATION_FINDINGS);
        for (const f of findings)
          if (f.code === "multiple-template-not-used") expect(f.individuals).toBe(r.individuals);
      }),
    );
  });
  it("a raise of an unknown code, or without a fact its kind names, does not compile", () => {
    const place = { events: ["registration request 2024-06-03"] };
    // @ts-expect-error: no kind of registration finding has this code
    const unknown = () => raiseFinding(REGISTRATION_FINDINGS, "template-not-used", {}, place);
    // @ts-expect-error: multiple-template-not-used carries `individuals`
    const missingFact = () => raiseFinding(REGISTRATION_FINDINGS, "multiple-template-not-used", {}, place);
    expect(
      raiseFinding(REGISTRATION_FINDINGS, "multiple-template-not-used", { individuals: 3 }, place).message,
    ).toMatch(/^The request registers 3 individuals without/);
    expect([typeof unknown, typeof missingFact]).toEqual(["function", "function"]);
  });
});
