import { deepFreeze } from "../core/freeze.js";
import { DEADLINE_STATUSES, type DeadlineStatus } from "../core/types.js";

/**
 * Every status a deadline of a timeline has: a {@link DeadlineStatus}, or `projected` (a
 * deadline that will follow under a condition, `projectTicket`). Read from the vocabulary's list,
 * so a status added there is a status of the timeline too.
 */
export const TIMELINE_STATUSES = Object.freeze([...DEADLINE_STATUSES, "projected"] as const);

/** The status of a deadline on a timeline. */
export type TimelineStatus = DeadlineStatus | "projected";

/** How a status looks: its CSS class, its colour, and whether its marks are hollow or dashed. */
export interface StatusLook {
  /** The CSS class (`not used` → `not-used`: a class holds no space). */
  readonly cls: string;
  readonly colour: string;
  /** Hollow due-date mark (filled white): nothing is owed, or not yet. */
  readonly hollow: boolean;
  /** Dashed bar: a deadline that does not exist yet. */
  readonly dashed: boolean;
}

// One entry per status, typed by the union: a status added to DEADLINE_STATUSES that is not
// given a look here does not compile (every output accepts every value).
export const STATUS_LOOKS: Readonly<Record<TimelineStatus, StatusLook>> = deepFreeze({
  met: { cls: "met", colour: "#2e7d32", hollow: false, dashed: false },
  late: { cls: "late", colour: "#e65100", hollow: false, dashed: false },
  open: { cls: "open", colour: "#1565c0", hollow: false, dashed: false },
  missed: { cls: "missed", colour: "#c62828", hollow: false, dashed: false },
  "not used": { cls: "not-used", colour: "#795548", hollow: true, dashed: false },
  "not applicable": { cls: "not-applicable", colour: "#9aa1a9", hollow: true, dashed: false },
  projected: { cls: "projected", colour: "#6d7680", hollow: true, dashed: true },
});

/**
 * The CSS of the statuses: the bar, due-date mark and legend swatch of each in the SVG, and its
 * cell in the deadline table.
 */
export function statusStyles(): string {
  return TIMELINE_STATUSES.map((status) => {
    const { cls, colour, hollow, dashed } = STATUS_LOOKS[status];
    const fill = hollow ? "#fff" : colour;
    const dash = dashed ? " stroke-dasharray: 4 3;" : "";
    return (
      `svg .${cls} .bar, svg .${cls} .due, svg .${cls} .swatch { stroke: ${colour}; fill: ${fill};${dash} ` +
      `}\ntd.status-${cls} { color: ${colour}; }`
    );
  }).join("\n");
}
