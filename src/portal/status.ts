import type { IsoDate } from "../core/iso-date.js";
import { type History, openRequest } from "./history.js";
import { frozen } from "../core/freeze.js";

/** Where a ticket stands, in the policy's words (see docs/portal.md for each). */
export const TICKET_STATUSES = /* @__PURE__ */ frozen([
  "not yet submitted",
  "submitted",
  "with MCO",
  "awaiting provider information",
  "extended",
  "proposal issued",
  "contested",
  "Administrative Review",
  "decided",
  "closed",
] as const);
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/**
 * @internal The status as of `asOf`: closed once closed (PORTAL-COMPLETE: never re-opened),
 * else the latest stage the history reached. "submitted" lasts until the ticket is presented to
 * the MCO or the MCO acts on it.
 */
export function ticketStatus(h: History, asOf: IsoDate): TicketStatus {
  if (h.closure !== null && h.closure.on <= asOf) return "closed";
  if (h.decision) return "decided";
  if (h.adminReview) return "Administrative Review";
  if (h.contest) return "contested";
  if (h.proposal) return "proposal issued";
  if (openRequest(h)) return "awaiting provider information";
  if (h.extensions.some((r) => r.decision?.approved === true)) return "extended";
  if (h.presented || h.infoRequests.length > 0 || h.extensions.length > 0) return "with MCO";
  return "submitted";
}
