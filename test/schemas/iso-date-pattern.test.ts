// The calendar-date pattern every shipped JSON Schema uses accepts exactly the dates the
// library accepts (isIsoDate): each day of 1890-2210, and near-dates.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isIsoDate } from "../../src/index.js";
import { ISO_DATE_PATTERN } from "../../src/json-schema.js";
import { TRICKY_STRINGS } from "./mutations.js";

// JSON Schema validators read patterns as Unicode regular expressions.
const pattern = new RegExp(ISO_DATE_PATTERN, "u");
const pad = (n: number, width: number) => String(n).padStart(width, "0");

describe("ISO_DATE_PATTERN ⇔ isIsoDate", () => {
  it("agree on every month and day number of the years 1890 to 2210", () => {
    for (let year = 1890; year <= 2210; year++) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          if (pattern.test(text) !== isIsoDate(text)) expect(pattern.test(text), text).toBe(isIsoDate(text));
        }
      }
    }
  });
  it("agree on near-dates and other strings", () => {
    for (const text of TRICKY_STRINGS) expect(pattern.test(text), JSON.stringify(text)).toBe(isIsoDate(text));
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 12 }), (text) => pattern.test(text) === isIsoDate(text)),
    );
  });
});
