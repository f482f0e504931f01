import { calendarDays, defineRule, months } from "../rules/define.js";
import { frozen } from "../core/freeze.js";

const BASIS = frozen({
  monthOnly: true,
  basis:
    "HFS policy on HSP Managed Care Case Manager Contact Information, policy history: October 2022 'Staff Training' " +
    "(month only, open point 9: first day of the month by default)",
  sources: ["hfs-hsp-webcm-contacts"],
});
const FROM = "2022-10-01";

/** WEBCM-* rules: HSP waiver care-coordinator contacts (docs/rules.md, "webcm"). */
export const WEBCM_RULES = frozen([
  defineRule({
    id: "WEBCM-CONTACT-FIELDS",
    title: "The MCO transmits the Care Coordinator's name, e-mail address and telephone number",
    area: "webcm",
    cite: [
      {
        source: "hfs-hsp-webcm-contacts",
        section: "opening paragraph",
        quote:
          "Information transmitted shall include the name, email address, and telephone number for the MCO Care " +
          "Coordinator responsible for oversight of the member's waiver services",
      },
    ],
    openPoints: [9],
    versions: [{ from: FROM, ...BASIS }],
  }),
  defineRule({
    id: "WEBCM-CHANNELS",
    title: "Contacts arrive by the weekly file transfer or a manual Alternate Contact in WebCM",
    area: "webcm",
    cite: [
      {
        source: "hfs-hsp-webcm-contacts",
        section: "HSP WebCM Contact Information",
        quote: "Managed Care organizations currently have two mechanisms for uploading required contact information",
      },
      {
        source: "hfs-hsp-webcm-contacts",
        section: "HSP WebCM Contact Information",
        quote: "MCOs can pass the care coordinator assignment via the weekly file transfers",
      },
      {
        source: "hfs-hsp-webcm-contacts",
        section: "HSP WebCM Contact Information",
        quote: 'MCOs can manually add an "Alternate Contact" into WebCM for each case',
      },
    ],
    openPoints: [9],
    versions: [{ from: FROM, ...BASIS }],
  }),
  defineRule({
    id: "WEBCM-MANUAL-PERSISTS",
    title: "A manual alternate contact stays active until a file transfer or another manual entry",
    area: "webcm",
    cite: [
      {
        source: "hfs-hsp-webcm-contacts",
        section: "HSP WebCM Contact Information",
        quote:
          "the contact information will remain active in the case file until a file transfer occurs or another " +
          "manual entry of an MCO alternate contact information is made",
      },
    ],
    openPoints: [9],
    versions: [{ from: FROM, ...BASIS }],
  }),
  defineRule({
    id: "WEBCM-INITIAL-DUE",
    title: "Contact information is due no later than 15 days after notification of an HSP waiver assignment",
    area: "webcm",
    cite: [
      {
        source: "hfs-hsp-webcm-contacts",
        section: "HSP WebCM Contact Information",
        quote:
          "MCOs shall provide accurate contact information no later than 15 days following the date of notification " +
          "of an HSP waiver assignment for one of their members",
      },
    ],
    openPoints: [2, 9],
    versions: [{ from: FROM, parameters: { days: calendarDays(15) }, ...BASIS }],
  }),
  defineRule({
    id: "WEBCM-CHANGE-DUE",
    title: "Updated contact information is due no later than 15 days after the care coordinator changes",
    area: "webcm",
    cite: [
      {
        source: "hfs-hsp-webcm-contacts",
        section: "HSP WebCM Contact Information",
        quote:
          "MCOs shall update contact information no later than 15 days following the date when the care coordinator " +
          "responsible for oversight of a waiver eligible member changes",
      },
    ],
    openPoints: [2, 9],
    versions: [{ from: FROM, parameters: { days: calendarDays(15) }, ...BASIS }],
  }),
  defineRule({
    id: "WEBCM-COMPLIANCE-REPORT",
    title: "HSP reports compliance; a quarterly report goes to the HFS Bureau of Managed Care",
    area: "webcm",
    cite: [
      {
        source: "hfs-hsp-webcm-contacts",
        section: "HSP WebCM Contact Information",
        quote:
          "Home Services Staff will periodically report on the compliance with this reporting and a quarterly " +
          "report will be provided to HFS Bureau of Managed Care",
      },
    ],
    openPoints: [9],
    versions: [{ from: FROM, parameters: { monthsPerPeriod: months(3) }, ...BASIS }],
  }),
]);
