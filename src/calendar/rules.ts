import { defineRule } from "../rules/define.js";

/** CAL-* rules: the shared day-counting conventions (docs/rules.md, "calendar"). */
export const CALENDAR_RULES = [
  defineRule({
    id: "CAL-BUSINESS-DAY",
    title: "A business day is Monday to Friday and not a State Holiday",
    area: "calendar",
    cite: [
      { source: "hfs-prp-requirements", section: "Requirements: MCO Written Response/Proposal", quote: "falls on a weekend (Saturday or Sunday) or State Holiday as defined under Contract" },
      { source: "hfs-notice-2023-02-22", section: "bullet on registration", quote: "will be processed within a minimum of 2 business days" },
    ],
    openPoints: [10],
    versions: [{ from: "2017-01-01", parameters: { weekend: "Saturday,Sunday" }, basis: "HFS Provider Resolution Portal Requirements and HFS Provider Notice of 2023-02-22; the calendar is validated from 2017", sources: ["hfs-prp-requirements", "hfs-notice-2023-02-22"] }],
  }),
  defineRule({
    id: "CAL-ROLL-FORWARD",
    title: "A due date on a weekend or State Holiday moves to the next business day",
    area: "calendar",
    cite: [
      { source: "hfs-prp-requirements", section: "Requirements: MCO Written Response/Proposal", quote: "the Portal system will adjust the proposal due date to the next business day" },
      { source: "hfs-prp-requirements", section: "Policy History, November 2020", quote: "Clarify 30-Business Days Resolution Dates that fall on weekends or State Holidays" },
    ],
    openPoints: [2, 9],
    versions: [{ from: "2017-01-01", basis: "HFS Provider Resolution Portal Requirements; its policy history of November 2020 clarifies dates that fall on weekends or State Holidays", sources: ["hfs-prp-requirements"] }],
  }),
  defineRule({
    id: "CAL-STATE-HOLIDAYS",
    title: "State Holidays are a versioned calendar: Illinois state-office holidays by default, replaceable by a contract's list",
    area: "calendar",
    cite: [
      { source: "hfs-prp-requirements", section: "Requirements: MCO Written Response/Proposal", quote: "State Holiday as defined under Contract" },
      {
        source: "5-ilcs-490",
        section: "Sec. 63, Juneteenth National Freedom Day (as amended by P.A. 102-0014)",
        quote: "when June nineteenth shall fall on a Saturday or Sunday, neither the preceding Friday nor the following Monday shall be held or considered as a paid holiday",
      },
    ],
    versions: [{ from: "2017-01-01", parameters: { calendarVersion: "2026.1" }, basis: "5 ILCS 490 and 80 Ill. Adm. Code 303.190, checked against the CMS State Holidays lists 2017-2027; see docs/calendar.md", sources: ["5-ilcs-490", "80-iac-303.190"] }],
  }),
];
