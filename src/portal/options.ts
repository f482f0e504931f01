import type { BusinessCalendar } from "../calendar/business-calendar.js";
import type { BusinessDayStart } from "../calendar/due-date.js";
import type { Detail } from "../core/types.js";
import type { RuleBook } from "../rules/model.js";
import { frozen } from "../core/freeze.js";
import type {
  EventsAfterAsOf,
  ExtensionLimitFrom,
  ExtensionOnceCounts,
  HfsReviewClockFrom,
  McoClockStart,
  MonthOnlyEffectiveDate,
  PortalOptions,
  SubmissionWindowStart,
  UnstatedRoll,
} from "./options-schema.js";

// The open-point options of the portal as the policy reads them: every option with its default
// applied (ResolvedPortalOptions). The boundary reads and checks them (src/api/settings/portal.ts).

export {
  EventsAfterAsOfSchema,
  ExtensionLimitFromSchema,
  ExtensionOnceCountsSchema,
  HfsReviewClockFromSchema,
  McoClockStartSchema,
  MonthOnlyEffectiveDateSchema,
  PortalOptionsSchema,
  SubmissionWindowStartSchema,
  UnstatedRollSchema,
} from "./options-schema.js";
export type {
  EventsAfterAsOf,
  ExtensionLimitFrom,
  ExtensionOnceCounts,
  HfsReviewClockFrom,
  McoClockStart,
  MonthOnlyEffectiveDate,
  PortalOptions,
  SubmissionWindowStart,
  UnstatedRoll,
} from "./options-schema.js";

/** Every option with its default filled in, plus the calendar. */
export interface ResolvedPortalOptions {
  readonly submissionWindowStart: SubmissionWindowStart;
  readonly unstatedRoll: UnstatedRoll;
  readonly extensionLimitFrom: ExtensionLimitFrom;
  readonly mcoClockStart: McoClockStart;
  readonly hfsReviewClockFrom: HfsReviewClockFrom;
  readonly monthOnlyEffectiveDate: MonthOnlyEffectiveDate;
  /** Open interpretation 10 (default `count-from-start`). */
  readonly businessDayStart: BusinessDayStart;
  /** Open interpretation 11 (default `not-known`). */
  readonly eventsAfterAsOf: EventsAfterAsOf;
  /** Open interpretation 13 (default `approved-extensions`). */
  readonly extensionOnceCounts: ExtensionOnceCounts;
  readonly calendar: BusinessCalendar;
  /** The `detail` setting: the explanations' record (default `lean`). */
  readonly detail: Detail;
  /** The caller's rule versions laid over the built-in ones (`settings.rules`); absent: the built-in versions. */
  readonly ruleBook?: RuleBook | undefined;
}

/** The defaults of {@link PortalOptions} (docs/portal.md gives each one's source). */
export const PORTAL_OPTION_DEFAULTS = frozen({
  submissionWindowStart: "tracking-number-issued",
  unstatedRoll: "none",
  extensionLimitFrom: "raw-30th-day",
  mcoClockStart: "presentation-else-portal-receipt",
  hfsReviewClockFrom: "contest",
  monthOnlyEffectiveDate: "first-day-of-month",
  businessDayStart: "count-from-start",
  eventsAfterAsOf: "not-known",
  extensionOnceCounts: "approved-extensions",
} as const satisfies Required<PortalOptions>);
