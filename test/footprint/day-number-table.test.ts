// The day numbers of the supported years come from a table (src/core/iso-date.ts, built on first
// use); they must be those of the proleptic Gregorian calendar for every date, and the formula's
// outside the table. The oracle is the platform's own UTC arithmetic, independent of both.
import { describe, expect, it } from "vitest";
import { daysFromCivil, daysInMonth } from "../../src/core/iso-date.js";

const DAY_MS = 86_400_000;

describe("daysFromCivil (table of the supported years, formula elsewhere)", () => {
  it("agrees with Date.UTC on every date of 1899 … 2200", () => {
    let checked = 0;
    for (let year = 1899; year <= 2200; year++) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 1; day <= daysInMonth(year, month); day++) {
          const expected = Date.UTC(year, month - 1, day) / DAY_MS;
          if (daysFromCivil(year, month, day) !== expected)
            expect.fail(`${year}-${month}-${day}: ${daysFromCivil(year, month, day)} ≠ ${expected}`);
          checked++;
        }
      }
    }
    expect(checked).toBe(110_303);
  });
  it("counts a day past the month's end on, as the formula does (1900-02-30 is 1900-03-02)", () => {
    expect(daysFromCivil(1900, 2, 30)).toBe(daysFromCivil(1900, 3, 2));
    expect(daysFromCivil(2024, 2, 30)).toBe(daysFromCivil(2024, 3, 1));
    expect(daysFromCivil(2199, 12, 32)).toBe(daysFromCivil(2200, 1, 1));
  });
});
