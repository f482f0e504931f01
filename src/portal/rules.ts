import { businessDays, calendarDays, cents, count, defineRule, roll } from "../rules/define.js";
import { frozen } from "../core/freeze.js";

const NEW_PORTAL = "2020-02-28";
const NEW_PORTAL_BASIS = frozen({
  basis:
    "HFS Provider Resolution Portal Requirements: the portal 'implemented on February 28, 2020'; HFS Provider " +
    "Notices of 2020-02-21 and 2020-03-30: 'New HFS Provider Resolution Process and Portal effective 02/28/2020'",
  sources: ["hfs-prp-requirements", "hfs-notice-2020-02-21", "hfs-notice-2020-03-30"],
});
// The policy history's November 2020 line, "Clarify 30-Business Days Resolution Dates that fall
// on weekends or State Holidays", dates a new version of the rolled due dates (month only: open
// point 9). The text already states the roll, so the clarification keeps it: same parameters,
// a new basis; a ticket on either side rolls the same way.
const ROLL_CLARIFIED = "2020-11-01";
const ROLL_CLARIFIED_EVE = "2020-10-31";
const ROLL_CLARIFIED_BASIS = frozen({
  basis:
    "HFS Provider Resolution Portal Requirements, policy history: November 2020 'Clarify 30-Business Days " +
    "Resolution Dates that fall on weekends or State Holidays' (month only: open point 9, first day of the month by " +
    "default); read as clarifying the stated roll, not starting it",
  sources: ["hfs-prp-requirements"],
});
const OPENED = "2017-02-08";
const OPENED_BASIS = frozen({
  basis: "HFS press release of 2017-02-08: the portal opened that day",
  sources: ["hfs-press-2017-02-08"],
});
const FINES_BASIS = frozen({
  basis:
    "HFS Provider Resolution Portal Requirements, policy history: May 2020 'Add Portal Fines/Sanctions' (month " +
    "only: open point 9, first day of the month by default)",
  sources: ["hfs-prp-requirements"],
});

/** PORTAL-* rules: Provider Resolution Portal tickets (docs/rules.md, "portal"). */
export const PORTAL_RULES = frozen([
  defineRule({
    id: "PORTAL-INTERNAL-FIRST",
    title: "A complaint first goes through the MCO's internal dispute process",
    area: "portal",
    cite: [
      {
        source: "hfs-prp-requirements",
        section: "Requirements",
        quote:
          "requires providers to first work with the MCO via the MCOs internal dispute process to attempt to " +
          "resolve disputes before submitting a complaint in the Portal",
      },
      {
        source: "hfs-press-2017-02-08",
        section: "paragraph 2",
        quote:
          "If HFS determines a complaint was submitted to the Department prior to the MCO being afforded an " +
          "opportunity to resolve it directly with the provider, the complaint will be immediately closed",
      },
      {
        source: "hfs-notice-2023-02-22",
        section: "bullet on the MCO internal dispute process",
        quote:
          "The Department requires that providers first use the MCO internal dispute process to attempt to resolve " +
          "a complaint",
      },
    ],
    versions: [{ from: OPENED, ...OPENED_BASIS }],
  }),
  defineRule({
    id: "PORTAL-TRACKING-NUMBER",
    title: "The MCO's complaint tracking number is required; its issue date is the MCO's receipt",
    area: "portal",
    cite: [
      {
        source: "hfs-prp-requirements",
        section: "Requirements",
        quote:
          "The complaint is considered received by the MCO once the MCO has issued a complaint tracking number for " +
          "the complaint",
      },
      {
        source: "hfs-notice-2023-02-22",
        section: "bullet on tracking numbers",
        quote: "Complaints submitted without the MCO assigned tracking number will be closed",
      },
    ],
    openPoints: [1],
    versions: [{ from: NEW_PORTAL, ...NEW_PORTAL_BASIS }],
  }),
  defineRule({
    id: "PORTAL-SUBMIT-EARLIEST",
    title: "A portal submission earlier than 30 calendar days after MCO receipt is closed",
    area: "portal",
    cite: [
      {
        source: "hfs-prp-requirements",
        section: "Requirements",
        quote: "Complaints submitted to the Portal earlier than 30 calendar days from the date received will be closed",
      },
      {
        source: "hfs-notice-2023-02-22",
        section: "bullet on the 30/60 calendar day timeframes",
        quote: "No sooner than 30 calendar days after submitting to the MCO's internal process",
      },
      {
        source: "89-iac-140.75",
        section: "(b)(2)",
        quote: "no sooner than 30 calendar days after submitting to the MCO's internal process",
      },
    ],
    openPoints: [1],
    versions: [{ from: NEW_PORTAL, parameters: { days: calendarDays(30) }, ...NEW_PORTAL_BASIS }],
  }),
  defineRule({
    id: "PORTAL-SUBMIT-LATEST",
    title: "A portal submission later than 60 calendar days after MCO receipt is closed as not timely",
    area: "portal",
    cite: [
      {
        source: "hfs-prp-requirements",
        section: "Requirements",
        quote:
          "Complaints submitted after 60 calendar days from the date received by the MCO will also be closed as not " +
          "timely",
      },
      {
        source: "hfs-notice-2023-02-22",
        section: "bullet on the 30/60 calendar day timeframes",
        quote: "No later than 60 calendar days after submitting to the MCO's internal process",
      },
      {
        source: "89-iac-140.75",
        section: "(b)(2)",
        quote:
          "not later than 30 calendar days after the unsatisfactory resolution of the internal MCO process or 60 " +
          "calendar days after submitting",
      },
    ],
    openPoints: [1, 2],
    versions: [
      {
        from: NEW_PORTAL,
        parameters: { days: calendarDays(60), daysAfterResolution: calendarDays(30) },
        sources: [...NEW_PORTAL_BASIS.sources, "89-iac-140.75"],
        basis:
          `${NEW_PORTAL_BASIS.basis}; daysAfterResolution: 89 Ill. Adm. Code 140.75(b)(2) 'not later than 30 ` +
          "calendar days after the unsatisfactory resolution of the internal MCO process' (used only with " +
          "submissionWindowStart adm-code-140.75)",
      },
    ],
  }),
  defineRule({
    id: "PORTAL-SCOPE-MEDICAID",
    title: "Medicaid portion only: Medicare-only and fee-for-service complaints do not belong in the portal",
    area: "portal",
    cite: [
      {
        source: "hfs-notice-2023-02-22",
        section: "bullet on Medicare",
        quote: "handles complaints relative to the Medicaid portion only, not Medicare",
      },
      {
        source: "hfs-notice-2023-02-22",
        section: "opening paragraphs",
        quote:
          "Provider complaints regarding the resolution of Medicaid fee-for-service issues should continue to be " +
          "directed to the Department",
      },
      {
        source: "hfs-press-2017-02-08",
        section: "paragraph 5",
        quote:
          "Provider complaints regarding the resolution of Medicaid Fee-for-Service issues should continue to be " +
          "directed to HFS",
      },
    ],
    versions: [{ from: OPENED, ...OPENED_BASIS }],
  }),
  defineRule({
    id: "PORTAL-REGISTERED",
    title: "Only a registered provider or its billing staff can enter a ticket",
    area: "portal",
    cite: [
      {
        source: "hfs-notice-2023-02-22",
        section: "bullet on registration",
        quote: "If a provider is not registered to use the portal, the provider will not be able to enter a ticket",
      },
    ],
    versions: [{ from: NEW_PORTAL, ...NEW_PORTAL_BASIS }],
  }),
  defineRule({
    id: "PORTAL-PRIOR-AUTH",
    title: "A complaint involving failure to obtain a required prior authorization is closed",
    area: "portal",
    cite: [
      {
        source: "hfs-notice-2023-02-22",
        section: "bullet on prior authorization",
        quote: "Any complaint that involves failure to obtain a prior authorization where required will be closed",
      },
    ],
    versions: [{ from: NEW_PORTAL, ...NEW_PORTAL_BASIS }],
  }),
  defineRule({
    id: "PORTAL-COMPLETE",
    title: "Incomplete submissions are closed; closed tickets are never re-opened",
    area: "portal",
    cite: [
      {
        source: "hfs-notice-2023-02-22",
        section: "bullet on portal guidelines",
        quote:
          "Tickets that do not follow the portal guidelines, including incomplete submissions, will be closed. " +
          "Closed tickets will not be re-opened or re-started.",
      },
    ],
    versions: [{ from: NEW_PORTAL, ...NEW_PORTAL_BASIS }],
  }),
  defineRule({
    id: "PORTAL-SINGLE-TOPIC",
    title: "One topic and one MCO per complaint; members named with 9-digit RIN and dates of service",
    area: "portal",
    cite: [
      {
        source: "hfs-press-2017-02-08",
        section: "paragraph 4",
        quote:
          "providers must share the relevant member name(s), HFS 9-digit Recipient Identification Number(s), and " +
          "date(s) of service",
      },
      {
        source: "hfs-press-2017-02-08",
        section: "paragraph 4",
        quote: "Each complaint should be for a single topic for a single MCO",
      },
    ],
    versions: [{ from: OPENED, ...OPENED_BASIS }],
  }),
  defineRule({
    id: "PORTAL-EXPEDITE",
    title: "Issues impacting immediate access to care are expedited",
    area: "portal",
    cite: [
      {
        source: "hfs-press-2017-02-08",
        section: "paragraph 1",
        quote: "Issues impacting immediate access to care will be expedited",
      },
    ],
    versions: [{ from: OPENED, ...OPENED_BASIS }],
  }),
  defineRule({
    id: "PORTAL-PRESENT-TO-MCO",
    title: "The Portal Team presents the complaint to the MCO within 10 business days of receipt",
    area: "portal",
    cite: [
      {
        source: "hfs-prp-requirements",
        section: "Requirements",
        quote:
          "The HFS Portal Team shall present complaints to the appropriate MCO within 10 business days of receipt " +
          "via the Portal",
      },
    ],
    openPoints: [10, 11],
    versions: [{ from: NEW_PORTAL, parameters: { businessDays: businessDays(10) }, ...NEW_PORTAL_BASIS }],
  }),
  defineRule({
    id: "PORTAL-INFO-REQUEST",
    title: "The MCO requests more information within 5 business days of receiving the ticket",
    area: "portal",
    cite: [
      {
        source: "hfs-prp-requirements",
        section: "Requirements: MCO Written Response/Proposal",
        quote:
          "the MCO must request the additional information from the provider within five (5) business days of " +
          "receiving the complaint ticket in the Portal",
      },
      {
        source: "hfs-notice-2023-02-22",
        section: "bullet on additional information",
        quote:
          "An MCO can request additional information from a provider within five business days of receiving the " +
          "ticket in the portal",
      },
    ],
    openPoints: [4, 10],
    versions: [{ from: NEW_PORTAL, parameters: { businessDays: businessDays(5) }, ...NEW_PORTAL_BASIS }],
  }),
  defineRule({
    id: "PORTAL-INFO-RESPONSE",
    title: "The provider supplies requested information within 5 business days or the ticket is closed",
    area: "portal",
    cite: [
      {
        source: "hfs-prp-requirements",
        section: "Requirements: MCO Written Response/Proposal",
        quote:
          "the provider has five (5) business days to provide the additional information or demonstrate that it was " +
          "already provided to the MCO",
      },
      {
        source: "hfs-notice-2023-02-22",
        section: "bullet on additional information",
        quote: "If the provider does not respond within the 5 business days, the ticket will be closed",
      },
    ],
    openPoints: [10],
    versions: [{ from: NEW_PORTAL, parameters: { businessDays: businessDays(5) }, ...NEW_PORTAL_BASIS }],
  }),
  defineRule({
    id: "PORTAL-PROPOSAL-DUE",
    title: "The MCO's written response/proposal is due 30 calendar days after receipt, rolled forward",
    area: "portal",
    cite: [
      {
        source: "hfs-prp-requirements",
        section: "Requirements: MCO Written Response/Proposal",
        quote:
          "The MCO has 30 calendar days to review the complaint and issue a written response/proposal to resolve " +
          "the disputed complaint ticket",
      },
      {
        source: "hfs-prp-requirements",
        section: "Requirements: MCO Written Response/Proposal",
        quote: "the Portal system will adjust the proposal due date to the next business day",
      },
    ],
    openPoints: [4, 9, 11],
    versions: [
      {
        from: NEW_PORTAL,
        to: ROLL_CLARIFIED_EVE,
        parameters: { days: calendarDays(30), roll: roll("forward") },
        sources: NEW_PORTAL_BASIS.sources,
        basis:
          `${NEW_PORTAL_BASIS.basis}; the roll ('the Portal system will adjust the proposal due date to the ` +
          "next business day') is stated in the text from the new portal on",
      },
      {
        from: ROLL_CLARIFIED,
        monthOnly: true,
        parameters: { days: calendarDays(30), roll: roll("forward") },
        ...ROLL_CLARIFIED_BASIS,
      },
    ],
  }),
  defineRule({
    id: "PORTAL-EXTENSION-REQUEST",
    title: "One 30-day extension may be requested no later than 7 calendar days before the end of the initial 30",
    area: "portal",
    cite: [
      {
        source: "hfs-prp-requirements",
        section: "Requirements: MCO Written Response/Proposal",
        quote:
          "An extension request must be made by the MCO no later than seven (7) calendar days prior to the end of " +
          "the initial 30 calendar day period",
      },
    ],
    openPoints: [3, 4],
    versions: [{ from: NEW_PORTAL, parameters: { daysBefore: calendarDays(7) }, ...NEW_PORTAL_BASIS }],
  }),
  defineRule({
    id: "PORTAL-EXTENSION-DUE",
    title: "An approved extension makes the period 60 calendar days from receipt, rolled forward",
    area: "portal",
    cite: [
      {
        source: "hfs-prp-requirements",
        section: "Requirements: MCO Written Response/Proposal",
        quote:
          "An approved extension adds 30 calendar days to the initial 30 calendar day period, for a total of 60 " +
          "calendar days within which the MCO must develop a written proposal",
      },
    ],
    openPoints: [4],
    versions: [
      {
        from: NEW_PORTAL,
        to: ROLL_CLARIFIED_EVE,
        parameters: { days: calendarDays(60), roll: roll("forward") },
        basis: `${NEW_PORTAL_BASIS.basis}; 89 Ill. Adm. Code 140.75(d): 60 calendar days with an extension`,
        sources: [...NEW_PORTAL_BASIS.sources, "89-iac-140.75"],
      },
      {
        from: ROLL_CLARIFIED,
        monthOnly: true,
        parameters: { days: calendarDays(60), roll: roll("forward") },
        basis: `${ROLL_CLARIFIED_BASIS.basis}; 89 Ill. Adm. Code 140.75(d): 60 calendar days with an extension`,
        sources: [...ROLL_CLARIFIED_BASIS.sources, "89-iac-140.75"],
      },
    ],
  }),
  defineRule({
    id: "PORTAL-EXTENSION-ONCE",
    title: "Only one extension per ticket, to either the provider or the MCO",
    area: "portal",
    cite: [
      {
        source: "hfs-prp-requirements",
        section: "Requirements: MCO Written Response/Proposal",
        quote:
          "Only one (1) extension is possible in extenuating circumstances to either the provider or the MCO, but " +
          "not both (as approved by HFS)",
      },
    ],
    openPoints: [13],
    versions: [{ from: NEW_PORTAL, parameters: { maxExtensions: count(1) }, ...NEW_PORTAL_BASIS }],
  }),
  defineRule({
    id: "PORTAL-PROPOSAL-CONTENT",
    title: "The proposal has a plan, a resolution period, an MCO contact and exactly one of Upheld/Overturned",
    area: "portal",
    cite: [
      {
        source: "hfs-prp-requirements",
        section: "Requirements",
        quote:
          "The MCO response shall include the detailed plan for resolution and a time period in which the complaint " +
          "will be resolved, as applicable",
      },
      {
        source: "hfs-prp-requirements",
        section: "Requirements",
        quote:
          "the MCOs must also select the \u201cUpheld\u201d or the \u201cOvertured\u201d checkbox to complete the " +
          "ticket response process",
      },
    ],
    versions: [{ from: NEW_PORTAL, ...NEW_PORTAL_BASIS }],
  }),
  defineRule({
    id: "PORTAL-CONTEST",
    title: "If the provider does not contest within 5 business days of receipt, the ticket is closed",
    area: "portal",
    cite: [
      {
        source: "hfs-prp-requirements",
        section: "Requirements",
        quote:
          "If the provider does not contest the response/resolution within five (5) business days of receipt, the " +
          "Portal Team closes the ticket",
      },
    ],
    openPoints: [10],
    versions: [{ from: NEW_PORTAL, parameters: { businessDays: businessDays(5) }, ...NEW_PORTAL_BASIS }],
  }),
  defineRule({
    id: "PORTAL-HFS-REVIEW-REQUEST",
    title: "A contesting provider has 30 calendar days to request HFS review",
    area: "portal",
    cite: [
      {
        source: "hfs-prp-requirements",
        section: "Requirements",
        quote:
          "If the MCO's proposed response/proposal is contested, the provider has 30 calendar days to request HFS " +
          "to review the dispute and make a final determination",
      },
    ],
    openPoints: [2, 5],
    versions: [{ from: NEW_PORTAL, parameters: { days: calendarDays(30) }, ...NEW_PORTAL_BASIS }],
  }),
  defineRule({
    id: "PORTAL-HFS-REVIEW-EVIDENCE",
    title: "Within 30 calendar days of the review request, MCO and provider deliver all relevant information",
    area: "portal",
    cite: [
      {
        source: "hfs-prp-requirements",
        section: "Requirements",
        quote:
          "Within 30 calendar days of a provider\u2019s request for HFS review, both the MCO and the provider shall " +
          "deliver all relevant information to HFS",
      },
    ],
    openPoints: [2, 5],
    versions: [{ from: NEW_PORTAL, parameters: { days: calendarDays(30) }, ...NEW_PORTAL_BASIS }],
  }),
  defineRule({
    id: "PORTAL-ADMIN-REVIEW",
    title: "During HFS review the ticket is in Administrative Review; the HFS decision is final",
    area: "portal",
    cite: [
      {
        source: "hfs-prp-requirements",
        section: "Requirements",
        quote:
          "During the HFS MCO Account Manager and HFS SME review, the ticket will be placed in \u201cAdministrative " +
          "Review\u201d status by the Portal Team",
      },
      {
        source: "hfs-prp-requirements",
        section: "Requirements",
        quote: "HFS Decision: The HFS decision on all disputes shall be final",
      },
    ],
    versions: [{ from: NEW_PORTAL, ...NEW_PORTAL_BASIS }],
  }),
  defineRule({
    id: "PORTAL-OVERDUE",
    title: "A ticket is overdue when no written proposal was submitted by its due date (or extension date)",
    area: "portal",
    cite: [
      {
        source: "hfs-prp-requirements",
        section: "Requirements: fines and sanctions",
        quote: "All ticket due dates (or extension dates, whichever is greater) are systematically tracked",
      },
    ],
    openPoints: [4],
    versions: [{ from: NEW_PORTAL, ...NEW_PORTAL_BASIS }],
  }),
  defineRule({
    id: "PORTAL-FINE",
    title: "Each overdue ticket may draw a $5,000.00 fine to the MCO (per ticket, once)",
    area: "portal",
    cite: [
      {
        source: "hfs-prp-requirements",
        section: "Requirements: fines and sanctions",
        quote:
          "For each Portal ticket that the MCO has not provided a written proposal/response within the resolution " +
          "time frame provided in the Portal, a $5,000.00 fine may be issued to the MCO",
      },
    ],
    openPoints: [6, 9],
    versions: [{ from: "2020-05-01", monthOnly: true, parameters: { amountCents: cents(500000) }, ...FINES_BASIS }],
  }),
  defineRule({
    id: "PORTAL-FINE-NOTICE",
    title: "The fine e-mail names the ticket, the due date and the $5,000.00 amount",
    area: "portal",
    cite: [
      {
        source: "hfs-prp-requirements",
        section: "Requirements: fines and sanctions, Email subject line",
        quote: "MCO Provider Resolution Portal Fine Notice \u2013 [ticket tracking number]",
      },
      {
        source: "hfs-prp-requirements",
        section: "Requirements: fines and sanctions, Email message",
        quote:
          "A written proposal for Provider Resolution ticket [insert ticket reference number] was due [insert " +
          "date]. Your written proposal was not received on or before this date. Your plan has been fined $5,000.00 " +
          "for the untimely handling of the Provider Resolution Ticket.",
      },
    ],
    openPoints: [9],
    versions: [{ from: "2020-05-01", monthOnly: true, ...FINES_BASIS }],
  }),
  defineRule({
    id: "PORTAL-STATISTICS",
    title: "Statistics: complaints by MCO, program and provider type; open, closed, overdue; sanctions",
    area: "portal",
    cite: [
      {
        source: "hfs-prp-requirements",
        section: "Requirements: fines and sanctions",
        quote:
          "The number of complaints, by MCO and program, counts for open, closed and overdue, and number of " +
          "sanctions may be included in posted reports",
      },
      {
        source: "hfs-press-2017-02-08",
        section: "paragraph 3",
        quote:
          "HFS will collect and publically report the volume of complaints received and resolved by provider type, " +
          "MCO, and other categories",
      },
    ],
    openPoints: [11],
    versions: [{ from: OPENED, ...OPENED_BASIS }],
  }),
]);

/** A PORTAL-* rule ID. */
export type PortalRuleId = (typeof PORTAL_RULES)[number]["id"];
