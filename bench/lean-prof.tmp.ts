import * as lean from "../src/index.js";
import { ticketGenerator } from "./tickets.js";
const next = ticketGenerator();
const tickets = Array.from({ length: 20_000 }, (_, i) => next(i));
const asOf = "2025-12-31"; const cal = lean.illinoisStateCalendar();
let sink = 0;
for (let r = 0; r < 8; r++) for (const t of tickets) sink += JSON.stringify(lean.evaluateTicket(t, { asOf, calendar: cal })).length;
console.log(sink);
