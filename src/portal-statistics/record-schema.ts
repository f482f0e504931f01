import * as z from "zod/mini";
import { identifierText, nameText } from "../core/text-schemas.js";
import { IsoDateSchema } from "../core/iso-date.js";
import { FineSchema } from "../sanctions/fine.js";
import { frozen } from "../core/freeze.js";

/**
 * One evaluated ticket as the statistics need it (PORTAL-STATISTICS): who and what it is about,
 * where it stands as of the evaluation date, and its outcome. `portalStatistics` builds these from
 * the portal evaluator's results; callers may also give them directly as JSON.
 */
export const StatisticsTicketSchema = frozen(
  z
    .strictObject({
      ticketNumber: identifierText("a ticket number"),
      mco: nameText("the MCO"),
      program: nameText("the program"),
      providerType: nameText("the provider type"),
      /** The day the provider submitted the ticket in the portal (puts the ticket in a quarter). */
      portalSubmittedOn: IsoDateSchema,
      /** The day the MCO received the ticket (its proposal clock's start, open point 4), or null when it has not. */
      mcoReceivedOn: z.nullable(IsoDateSchema),
      /** The day the MCO's written proposal was submitted, or null. */
      proposalOn: z.nullable(IsoDateSchema),
      status: z.enum(["open", "closed"]),
      /** Why a closed ticket was closed (e.g. `resolved`, `premature`, `not timely`); null when open. */
      closureReason: z.nullable(z.string().check(z.minLength(1))),
      /** The proposal was not submitted by its due date (PORTAL-OVERDUE): late, or still missing. */
      overdue: z.boolean(),
      /** Overdue as of the evaluation date: no proposal by the due date, and still none. */
      overdueNow: z.boolean(),
      /** Upheld / Overturned of the proposal (PORTAL-PROPOSAL-CONTENT), or null. */
      decision: z.nullable(z.enum(["upheld", "overturned"])),
      /** The PORTAL-FINE(s) of the ticket (the fine it exposes the MCO to, issued or not). */
      fines: z.array(FineSchema),
    })
    .check(
      z.refine((t) => (t.status === "closed") === (t.closureReason !== null), {
        path: ["closureReason"],
        error: "a closed ticket has a closure reason and an open one has none",
      }),
      z.refine((t) => t.overdue || !t.overdueNow, { path: ["overdueNow"], error: "a ticket overdue now went overdue" }),
    ),
);

export type StatisticsTicket = z.infer<typeof StatisticsTicketSchema>;

/** @internal A list of {@link StatisticsTicket} records (`ticketStatistics`, `countTickets`). */
export const StatisticsTicketsSchema = frozen(z.array(StatisticsTicketSchema));
