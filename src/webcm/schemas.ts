import * as z from "zod/mini";
import { IsoDateSchema } from "../core/iso-date.js";
import { identifierText, nameText } from "../core/text-schemas.js";
import { frozen } from "../core/freeze.js";

/**
 * A care-coordinator contact as it was transmitted (WEBCM-CONTACT-FIELDS). Every field may be
 * missing or malformed: that is a fact of history, reported as a finding by
 * {@link contactIssues}, not a reason to reject the input.
 */
export const CareCoordinatorContactSchema = frozen(
  z.strictObject({
    name: z.optional(z.nullable(z.string())),
    email: z.optional(z.nullable(z.string())),
    telephone: z.optional(z.nullable(z.string())),
  }),
);

export type CareCoordinatorContact = z.infer<typeof CareCoordinatorContactSchema>;

// Fields of every event. `sequence` orders entries of the same date (see `compareWebcmEvents`).
const Common = frozen({
  date: IsoDateSchema,
  /** Optional identifier, quoted in findings. */
  id: z.optional(z.string().check(z.minLength(1))),
  /** Order among entries of the same date, when known (default 0; lower first). */
  sequence: z.optional(z.number().check(z.int(), z.gte(0))),
});

/** The MCO was notified of an HSP waiver assignment (starts WEBCM-INITIAL-DUE). */
export const WaiverAssignmentNotifiedSchema = frozen(
  z.strictObject({ type: z.literal("waiver assignment notified"), ...Common }),
);

/** The care coordinator responsible for the member changed at the MCO (starts WEBCM-CHANGE-DUE). */
export const CareCoordinatorChangedSchema = frozen(
  z.strictObject({
    type: z.literal("care coordinator changed"),
    ...Common,
    /** The name of the new care coordinator: only a contact naming them meets the change deadline. */
    newCoordinator: nameText("the new care coordinator's name"),
  }),
);

/** A weekly file transfer carrying a contact for the member (WEBCM-CHANNELS). */
export const FileTransferSchema = frozen(
  z.strictObject({ type: z.literal("file transfer"), ...Common, contact: CareCoordinatorContactSchema }),
);

/** A manual "Alternate Contact" entered in WebCM (WEBCM-CHANNELS, WEBCM-MANUAL-PERSISTS). */
export const ManualAlternateContactSchema = frozen(
  z.strictObject({ type: z.literal("manual alternate contact"), ...Common, contact: CareCoordinatorContactSchema }),
);

/** One dated event of a member's WebCM history. */
export const WebcmEventSchema = frozen(
  z.discriminatedUnion("type", [
    WaiverAssignmentNotifiedSchema,
    CareCoordinatorChangedSchema,
    FileTransferSchema,
    ManualAlternateContactSchema,
  ]),
);

export type WebcmEvent = z.infer<typeof WebcmEventSchema>;
export type ContactEntry = Extract<WebcmEvent, { type: "file transfer" | "manual alternate contact" }>;
export type CareCoordinatorChanged = z.infer<typeof CareCoordinatorChangedSchema>;

/** The WebCM history of one HSP waiver member enrolled with an MCO. */
export const WebcmMemberHistorySchema = frozen(
  z.strictObject({
    /** The member (e.g. the HFS Recipient Identification Number or a case number). */
    member: identifierText("a member"),
    mco: nameText("the MCO"),
    events: z.array(WebcmEventSchema),
  }),
);

export type WebcmMemberHistory = z.infer<typeof WebcmMemberHistorySchema>;

/** A member history as a caller writes it (plain date strings), before validation. */
export type WebcmMemberHistoryInput = z.input<typeof WebcmMemberHistorySchema>;
