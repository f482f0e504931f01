import * as z from "zod/mini";
import { frozen } from "../core/freeze.js";

// The open-point options of the portal as zod schemas (published at hfs-mco-rules/schemas): the
// boundary validates with them (src/api/settings/portal.ts); the policy reads only their types.

/**
 * Open interpretation 1: which date starts the 30/60-day submission window
 * (PORTAL-SUBMIT-EARLIEST, PORTAL-SUBMIT-LATEST).
 * - `tracking-number-issued` (default): the day the MCO issued its complaint tracking number,
 *   which the HFS Provider Resolution Portal Requirements call the day the complaint
 *     "is considered received by the MCO";
 * - `submitted-to-mco`: the day the provider submitted to the MCO's internal process (HFS Provider Notice of
 * 2023-02-22;
 *   89 Ill. Adm. Code 140.75(b)(2));
 * - `adm-code-140.75`: the administrative rule's full reading: no sooner than 30 days after
 *   submitting to the MCO, and not later than 30 days after the unsatisfactory internal
 *   resolution or 60 days after submitting, whichever is later.
 */
export const SubmissionWindowStartSchema = frozen(
  z.enum(["tracking-number-issued", "submitted-to-mco", "adm-code-140.75"]),
);
export type SubmissionWindowStart = z.infer<typeof SubmissionWindowStartSchema>;

/**
 * Open interpretation 2: is a calendar-day limit whose text states no roll (the 60-day
 * submission limit, the 30-day HFS review request and evidence periods) moved off weekends and
 * State Holidays? `none` (default): no, the text states a roll only for the proposal due date;
 * `forward`: rolled forward like the proposal due date (CAL-ROLL-FORWARD).
 */
export const UnstatedRollSchema = frozen(z.enum(["none", "forward"]));
export type UnstatedRoll = z.infer<typeof UnstatedRollSchema>;

/**
 * Open interpretation 3: the extension-request limit, 7 calendar days before the end of the
 * initial 30-day period (PORTAL-EXTENSION-REQUEST), counts back from
 * `raw-30th-day` (default: day 30 itself, so the limit is day 23) or from the
 * `rolled-due-date` (the proposal due date after the weekend/holiday roll).
 */
export const ExtensionLimitFromSchema = frozen(z.enum(["raw-30th-day", "rolled-due-date"]));
export type ExtensionLimitFrom = z.infer<typeof ExtensionLimitFromSchema>;

/**
 * Open interpretation 4: the day the MCO's 30-day clock starts (PORTAL-PROPOSAL-DUE,
 * PORTAL-INFO-REQUEST).
 * - `presentation-else-portal-receipt` (default): the day the Portal Team presented the ticket
 *   to the MCO when known, else the portal submission date;
 * - `presentation-only`: no MCO clock until the ticket is presented;
 * - `portal-receipt`: always the portal submission date.
 */
export const McoClockStartSchema = frozen(
  z.enum(["presentation-else-portal-receipt", "presentation-only", "portal-receipt"]),
);
export type McoClockStart = z.infer<typeof McoClockStartSchema>;

/**
 * Open interpretation 5: the 30 days to request HFS review (PORTAL-HFS-REVIEW-REQUEST) run
 * from the provider's `contest` (default) or from the `mco-response` (the proposal).
 */
export const HfsReviewClockFromSchema = frozen(z.enum(["contest", "mco-response"]));
export type HfsReviewClockFrom = z.infer<typeof HfsReviewClockFromSchema>;

/**
 * Open interpretation 9: a rule version whose effective date the policy history gives by month
 * only (fines: "May 2020") is in force from the `first-day-of-month` (default: 2020-05-01) or
 * from the `first-day-of-next-month` (2020-06-01: the change is in force once its month is over).
 */
export const MonthOnlyEffectiveDateSchema = frozen(z.enum(["first-day-of-month", "first-day-of-next-month"]));
export type MonthOnlyEffectiveDate = z.infer<typeof MonthOnlyEffectiveDateSchema>;

/**
 * Open point 11: events dated after `asOf` are not known as of `asOf`. The presentation to the
 * MCO is the one event whose date can move a deadline already passed (it starts the MCO's clock,
 * open point 4).
 * - `not-known` (default): one rule for every event: an event dated after `asOf` counts for
 *   nothing as of `asOf`, the presentation included (the MCO's clock counts from the portal
 *   receipt until a presentation is dated on or before `asOf`); and an event never moves a
 *   deadline that had passed before its date: a presentation dated after the proposal due date
 *   counted from the portal receipt leaves that due date in force (a finding);
 * - `presentation-from-record`: the presentation date in the ticket's record starts the MCO's
 *   clock whatever `asOf` is (hindsight: the due date that finally applies, for a report over a
 *   closed period); every other event dated after `asOf` still counts for nothing.
 */
export const EventsAfterAsOfSchema = frozen(z.enum(["not-known", "presentation-from-record"]));
export type EventsAfterAsOf = z.infer<typeof EventsAfterAsOfSchema>;

/**
 * Open point 13 (PORTAL-EXTENSION-ONCE): "Only one (1) extension is possible" after a request HFS
 * denied.
 * - `approved-extensions` (default): the sentence counts extensions, and a denied request gives
 *   none: a new request after a denial may be made and approved (an info finding records it);
 * - `requests`: one extension request per ticket: a request after a denial is an error finding
 *   and is ignored, and so is HFS's decision on it.
 */
export const ExtensionOnceCountsSchema = frozen(z.enum(["approved-extensions", "requests"]));
export type ExtensionOnceCounts = z.infer<typeof ExtensionOnceCountsSchema>;

/** The open-point options of the ticket rules engine, as JSON (the calendar is given apart). */
export const PortalOptionsSchema = frozen(
  z.strictObject({
    submissionWindowStart: z.optional(SubmissionWindowStartSchema),
    unstatedRoll: z.optional(UnstatedRollSchema),
    extensionLimitFrom: z.optional(ExtensionLimitFromSchema),
    mcoClockStart: z.optional(McoClockStartSchema),
    hfsReviewClockFrom: z.optional(HfsReviewClockFromSchema),
    monthOnlyEffectiveDate: z.optional(MonthOnlyEffectiveDateSchema),
    businessDayStart: z.optional(z.enum(["count-from-start", "roll-start-forward"])),
    eventsAfterAsOf: z.optional(EventsAfterAsOfSchema),
    extensionOnceCounts: z.optional(ExtensionOnceCountsSchema),
  }),
);
/** The open-point options as callers send them (`z.input` of {@link PortalOptionsSchema}). */
export type PortalOptions = z.input<typeof PortalOptionsSchema>;
