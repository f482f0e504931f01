// `npm run demo`: today's Illinois State Holidays, worked deadlines and a sample of each area.
// The demo (like the CLI) is outside the library, so it may read the clock: "today" is the
// date in America/Chicago unless `--as-of YYYY-MM-DD` is given. The sample tickets are of 2024:
// they are evaluated as of a date inside their lifecycle (SAMPLE_AS_OF), unless --as-of is given,
// so that the demo shows tickets at work rather than "missed 879 days late".
import { parseArgs } from "node:util";
import { parseIsoDate } from "../src/index.js";
import { calendarDemo } from "./demo/calendar.js";
import { portalDemo } from "./demo/portal.js";
import { queueDemo } from "./demo/queue.js";
import { sanctionsDemo } from "./demo/sanctions.js";
import { spenddownDemo } from "./demo/spenddown.js";
import { webcmDemo } from "./demo/webcm.js";

const { values } = parseArgs({ options: { "as-of": { type: "string" } } });
const today = new Intl.DateTimeFormat("en-CA", { timeZone: "America/Chicago" }).format(new Date());
const asOf = parseIsoDate(values["as-of"] ?? today, "--as-of");

/** A date inside the sample tickets' lifecycle: every ticket submitted, some open, one overdue. */
const SAMPLE_AS_OF = parseIsoDate("2024-12-16", "SAMPLE_AS_OF");
const ticketsAsOf = values["as-of"] === undefined ? SAMPLE_AS_OF : asOf;

const sections = [
  calendarDemo(asOf),
  portalDemo(ticketsAsOf),
  queueDemo(ticketsAsOf),
  sanctionsDemo(asOf),
  webcmDemo(asOf),
  spenddownDemo(asOf),
];
console.log(
  `hfs-mco-rules demo, as of ${asOf}; the 2024 sample tickets as of ${ticketsAsOf}${ticketsAsOf === asOf ? "" : " (a date inside their lifecycle; --as-of moves both)"}\n`,
);
console.log(sections.join("\n\n"));
