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
  /** The colour of the status's text: 4.5:1 or more on white and on the page's shading (WCAG AA). */
  readonly text: string;
  /** Hollow due-date mark (filled white): nothing is owed, or not yet. */
  readonly hollow: boolean;
  /** Dashed bar: a deadline that does not exist yet. */
  readonly dashed: boolean;
}

// One entry per status, typed by the union: a status added to DEADLINE_STATUSES that is not
// given a look here does not compile (every output accepts every value).
export const STATUS_LOOKS: Readonly<Record<TimelineStatus, StatusLook>> = deepFreeze({
  met: { cls: "met", colour: "#2e7d32", text: "#1b5e20", hollow: false, dashed: false },
  late: { cls: "late", colour: "#e65100", text: "#a64100", hollow: false, dashed: false },
  open: { cls: "open", colour: "#1565c0", text: "#0d47a1", hollow: false, dashed: false },
  missed: { cls: "missed", colour: "#c62828", text: "#b71c1c", hollow: false, dashed: false },
  "not used": { cls: "not-used", colour: "#795548", text: "#795548", hollow: true, dashed: false },
  "not applicable": { cls: "not-applicable", colour: "#9aa1a9", text: "#586069", hollow: true, dashed: false },
  projected: { cls: "projected", colour: "#6d7680", text: "#586069", hollow: true, dashed: true },
});

/**
 * The CSS of the statuses: the bar, due-date mark and legend swatch of each in the SVG, its
 * label in the overview, its key, and its cell in the deadline table (text in its AA colour).
 */
export function statusStyles(): string {
  return TIMELINE_STATUSES.map((status) => {
    const { cls, colour, text, hollow, dashed } = STATUS_LOOKS[status];
    const fill = hollow ? "#fff" : colour;
    const dash = dashed ? " stroke-dasharray: 4 3;" : "";
    return (
      `svg .${cls} .bar, svg .${cls} .due, svg .${cls} .swatch { stroke: ${colour}; fill: ${fill};${dash} ` +
      `}\ntd.status-${cls} { color: ${text}; } svg text.label.${cls} { fill: ${text}; }\n` +
      `ul.key li.${cls}::before { border-color: ${colour}; background: ${fill}; }`
    );
  }).join("\n");
}
