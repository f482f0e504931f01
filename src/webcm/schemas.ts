import { z } from "zod";
import { IsoDateSchema } from "../core/iso-date.js";
import { identifierText, nameText } from "../core/text-schemas.js";
import { frozen } from "../core/freeze.js";

/**
 * A care-coordinator contact as it was transmitted (WEBCM-CONTACT-FIELDS). Every field may be
 * missing or malformed: that is a fact of history, reported as a finding by
 * {@link contactIssues}, not a reason to reject the input.
 */
export const CareCoordinatorContactSchema = frozen(
  z
    .object({
      name: z.string().nullable().optional(),
      email: z.string().nullable().optional(),
      telephone: z.string().nullable().optional(),
    })
    .strict(),
);

export type CareCoordinatorContact = z.infer<typeof CareCoordinatorContactSchema>;

// Fields of every event. `sequence` orders entries of the same date (see `compareWebcmEvents`).
const Common = {
  date: IsoDateSchema,
  /** Optional identifier, quoted in findings. */
  id: z.string().min(1).optional(),
  /** Order among entries of the same date, when known (default 0; lower first). */
  sequence: z.number().int().min(0).optional(),
};

/** The MCO was notified of an HSP waiver assignment (starts WEBCM-INITIAL-DUE). */
export const WaiverAssignmentNotifiedSchema = frozen(
  z.object({ type: z.literal("waiver assignment notified"), ...Common }).strict(),
);

/** The care coordinator responsible for the member changed at the MCO (starts WEBCM-CHANGE-DUE). */
export const CareCoordinatorChangedSchema = frozen(
  z
    .object({
      type: z.literal("care coordinator changed"),
      ...Common,
      /** The name of the new care coordinator: only a contact naming them meets the change deadline. */
      newCoordinator: nameText("the new care coordinator's name"),
    })
    .strict(),
);

/** A weekly file transfer carrying a contact for the member (WEBCM-CHANNELS). */
export const FileTransferSchema = frozen(
  z.object({ type: z.literal("file transfer"), ...Common, contact: CareCoordinatorContactSchema }).strict(),
);

/** A manual "Alternate Contact" entered in WebCM (WEBCM-CHANNELS, WEBCM-MANUAL-PERSISTS). */
export const ManualAlternateContactSchema = frozen(
  z.object({ type: z.literal("manual alternate contact"), ...Common, contact: CareCoordinatorContactSchema }).strict(),
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
  z
    .object({
      /** The member (e.g. the HFS Recipient Identification Number or a case number). */
      member: identifierText("a member"),
      mco: nameText("the MCO"),
      events: z.array(WebcmEventSchema),
    })
    .strict(),
);

export type WebcmMemberHistory = z.infer<typeof WebcmMemberHistorySchema>;

/** A member history as a caller writes it (plain date strings), before validation. */
export type WebcmMemberHistoryInput = z.input<typeof WebcmMemberHistorySchema>;
