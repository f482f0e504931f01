import { defineRule, version, weekdays } from "../rules/define.js";
import { HOLIDAY_SOURCES } from "./holiday-sources.js";
import { frozen } from "../core/freeze.js";

/** CAL-* rules: the shared day-counting conventions (docs/rules.md, "calendar"). */
export const CALENDAR_RULES = frozen([
  defineRule({
    id: "CAL-BUSINESS-DAY",
    title: "A business day is Monday to Friday and not a State Holiday",
    area: "calendar",
    cite: [
      {
        source: "hfs-prp-requirements",
        section: "Requirements: MCO Written Response/Proposal",
        quote: "falls on a weekend (Saturday or Sunday) or State Holiday as defined under Contract",
      },
      {
        source: "hfs-notice-2023-02-22",
        section: "bullet on registration",
        quote: "will be processed within a minimum of 2 business days",
      },
    ],
    openPoints: [10],
    versions: [
      {
        from: "2017-01-01",
        parameters: { weekend: weekdays(["Saturday", "Sunday"]) },
        basis:
          "HFS Provider Resolution Portal Requirements and HFS Provider Notice of 2023-02-22; the calendar is " +
          "validated from 2017",
        sources: ["hfs-prp-requirements", "hfs-notice-2023-02-22"],
      },
    ],
  }),
  defineRule({
    id: "CAL-ROLL-FORWARD",
    title: "A due date on a weekend or State Holiday moves to the next business day",
    area: "calendar",
    cite: [
      {
        source: "hfs-prp-requirements",
        section: "Requirements: MCO Written Response/Proposal",
        quote: "the Portal system will adjust the proposal due date to the next business day",
      },
      {
        source: "hfs-prp-requirements",
        section: "Policy History, November 2020",
        quote: "Clarify 30-Business Days Resolution Dates that fall on weekends or State Holidays",
      },
    ],
    openPoints: [2, 9],
    // Two versions: the roll as the text states it, then the November 2020 clarification of the
    // policy history (month only: open point 9). The roll is the same on both sides.
    versions: [
      {
        from: "2017-01-01",
        to: "2020-10-31",
        basis:
          "HFS Provider Resolution Portal Requirements: 'the Portal system will adjust the proposal due date to the " +
          "next business day'",
        sources: ["hfs-prp-requirements"],
      },
      {
        from: "2020-11-01",
        monthOnly: true,
        basis:
          "HFS Provider Resolution Portal Requirements, policy history: November 2020 'Clarify 30-Business Days " +
          "Resolution Dates that fall on weekends or State Holidays' (month only: open point 9)",
        sources: ["hfs-prp-requirements"],
      },
    ],
  }),
  defineRule({
    id: "CAL-STATE-HOLIDAYS",
    title:
      "State Holidays are a versioned calendar: Illinois state-office holidays by default, replaceable by a " +
      "contract's list",
    area: "calendar",
    cite: [
      {
        source: "hfs-prp-requirements",
        section: "Requirements: MCO Written Response/Proposal",
        quote: "State Holiday as defined under Contract",
      },
      {
        source: "5-ilcs-490",
        section: "Sec. 63, Juneteenth National Freedom Day (as amended by P.A. 102-0014)",
        quote:
          "when June nineteenth shall fall on a Saturday or Sunday, neither the preceding Friday nor the following " +
          "Monday shall be held or considered as a paid holiday",
      },
      {
        source: "pa-102-0334",
        section: "Section 5, adding 5 ILCS 490/63",
        quote:
          "When June nineteenth shall fall on a Sunday, the following Monday shall be held and considered the holiday",
      },
    ],
    openPoints: [12],
    versions: [
      {
        from: "2017-01-01",
        parameters: { calendarVersion: version("2026.2") },
        basis:
          "the state's published closure lists 2017-2027 and announced one-off closures; later years projected from " +
          "5 ILCS 490 and 80 Ill. Adm. Code 303.190 (docs/calendar.md)",
        sources: HOLIDAY_SOURCES.map((s) => s.id),
      },
    ],
  }),
]);
