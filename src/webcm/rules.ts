import { defineRule } from "../rules/define.js";

const BASIS = "Seed 000 policy history: October 2022 'Staff Training' (month only: first day of the month by default)";
const FROM = "2022-10-01";

/** WEBCM-* rules: HSP waiver care-coordinator contacts (RULES.md, "WEBCM"). */
export const WEBCM_RULES = [
  defineRule({
    id: "WEBCM-CONTACT-FIELDS",
    title: "The MCO transmits the Care Coordinator's name, e-mail address and telephone number",
    area: "webcm",
    seeds: ["000"],
    quote: "Information transmitted shall include the name, email address, and telephone number for the MCO Care Coordinator",
    versions: [{ from: FROM, basis: BASIS }],
  }),
  defineRule({
    id: "WEBCM-CHANNELS",
    title: "Contacts arrive by the weekly file transfer or a manual Alternate Contact in WebCM",
    area: "webcm",
    seeds: ["000"],
    quote: "MCOs can pass the care coordinator assignment via the weekly file transfers",
    versions: [{ from: FROM, basis: BASIS }],
  }),
  defineRule({
    id: "WEBCM-MANUAL-PERSISTS",
    title: "A manual alternate contact stays active until a file transfer or another manual entry",
    area: "webcm",
    seeds: ["000"],
    quote: "the contact information will remain active in the case file until a file transfer occurs or another manual entry",
    versions: [{ from: FROM, basis: BASIS }],
  }),
  defineRule({
    id: "WEBCM-INITIAL-DUE",
    title: "Contact information is due no later than 15 days after notification of an HSP waiver assignment",
    area: "webcm",
    seeds: ["000"],
    quote: "no later than 15 days following the date of notification of an HSP waiver assignment",
    versions: [{ from: FROM, parameters: { days: 15 }, basis: BASIS }],
  }),
  defineRule({
    id: "WEBCM-CHANGE-DUE",
    title: "Updated contact information is due no later than 15 days after the care coordinator changes",
    area: "webcm",
    seeds: ["000"],
    quote: "no later than 15 days following the date when the care coordinator responsible ... changes",
    versions: [{ from: FROM, parameters: { days: 15 }, basis: BASIS }],
  }),
  defineRule({
    id: "WEBCM-COMPLIANCE-REPORT",
    title: "HSP reports compliance; a quarterly report goes to the HFS Bureau of Managed Care",
    area: "webcm",
    seeds: ["000"],
    quote: "a quarterly report will be provided to HFS Bureau of Managed Care",
    versions: [{ from: FROM, parameters: { monthsPerPeriod: 3 }, basis: BASIS }],
  }),
];
