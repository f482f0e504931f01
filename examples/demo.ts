// `npm run demo`: today's Illinois State Holidays, worked deadlines and a sample of each area.
// The demo (like the CLI) is outside the library, so it may read the clock: "today" is the
// date in America/Chicago unless `--as-of YYYY-MM-DD` is given.
import { parseArgs } from "node:util";
import { IsoDateSchema, parseInput } from "../src/index.js";
import { calendarDemo } from "./demo/calendar.js";
import { portalDemo } from "./demo/portal.js";
import { sanctionsDemo } from "./demo/sanctions.js";
import { spenddownDemo } from "./demo/spenddown.js";
import { webcmDemo } from "./demo/webcm.js";

const { values } = parseArgs({ options: { "as-of": { type: "string" } } });
const today = new Intl.DateTimeFormat("en-CA", { timeZone: "America/Chicago" }).format(new Date());
const asOf = parseInput(IsoDateSchema, values["as-of"] ?? today, "--as-of");

const sections = [calendarDemo(asOf), portalDemo(asOf), sanctionsDemo(asOf), webcmDemo(asOf), spenddownDemo(asOf)];
console.log(`hfs-mco-rules demo, as of ${asOf}\n`);
console.log(sections.join("\n\n"));
