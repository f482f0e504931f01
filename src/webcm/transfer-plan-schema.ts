import * as z from "zod/mini";
import { frozen } from "../core/freeze.js";
import { IsoDateSchema, WEEKDAY_NAMES } from "../core/iso-date.js";

/** What `lastTransferDateMeetingDeadline` is asked: the deadline's trigger and the MCO's transfer weekday. */
export const TransferPlanSchema = frozen(
  z.strictObject({
    ruleId: z.enum(["WEBCM-INITIAL-DUE", "WEBCM-CHANGE-DUE"]),
    /** The notification of the HSP waiver assignment, or the day the care coordinator changed. */
    triggerDate: IsoDateSchema,
    /** The weekday of the MCO's weekly file transfer, e.g. `Wednesday`. */
    transferWeekday: z.enum(WEEKDAY_NAMES),
  }),
);

/** A transfer plan as its schema reads it (the boundary parses it). */
export type ParsedTransferPlan = z.output<typeof TransferPlanSchema>;
