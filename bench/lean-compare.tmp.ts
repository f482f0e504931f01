// Temporary (not committed): main's and this branch's evaluateTicket + JSON.stringify, alternated in one process.
import * as lean from "../src/index.js";
import * as main from "../../main/src/index.js";
import { ticketGenerator } from "./tickets.js";
const next = ticketGenerator();
const tickets = Array.from({ length: 20_000 }, (_, i) => next(i));
const texts = tickets.map((t) => JSON.stringify(t));
const asOf = "2025-12-31";
const calL = lean.illinoisStateCalendar(); const calM = main.illinoisStateCalendar();
let sink = 0;
const mainResults = tickets.map((t) => main.evaluateTicket(t as never, { asOf, calendar: calM }));
const leanResults = tickets.map((t) => lean.evaluateTicket(t, { asOf, calendar: calL }));
const runs: Record<string, () => void> = {
  mainEval: () => { for (const t of tickets) sink += main.evaluateTicket(t as never, { asOf, calendar: calM }).deadlines.length; },
  fullEval: () => { for (const t of tickets) sink += lean.evaluateTicket(t, { asOf, calendar: calL, detail: "full" }).deadlines.length; },
  mainStr: () => { for (const r of mainResults) sink += JSON.stringify(r).length; },
  leanStr: () => { for (const r of leanResults) sink += JSON.stringify(r).length; },
  //main: () => { for (const t of tickets) sink += JSON.stringify(main.evaluateTicket(t as never, { asOf, calendar: calM })).length; },
  //lean: () => { for (const t of tickets) sink += JSON.stringify(lean.evaluateTicket(t, { asOf, calendar: calL })).length; },
  leanEval: () => { for (const t of tickets) sink += lean.evaluateTicket(t, { asOf, calendar: calL }).deadlines.length; },
  roundTrip: () => { for (const s of texts) sink += JSON.stringify(JSON.parse(s)).length; },
};
const best: Record<string, number> = {};
for (let r = 0; r < Number(process.env.ROUNDS ?? 7); r++) for (const [k, f] of Object.entries(runs)) { const c0 = process.cpuUsage(); f(); const c = process.cpuUsage(c0); const ms = (c.user + c.system) / 1000; best[k] = Math.min(best[k] ?? Infinity, ms); }
const rt = best.roundTrip ?? 1;
for (const [k, v] of Object.entries(best)) console.log(k.padEnd(10), v.toFixed(0).padStart(6), "ms", (v / rt).toFixed(2) + "×");
const sizes = (f: (t: never) => unknown) => tickets.reduce((n, t) => n + JSON.stringify(f(t as never)).length, 0) / tickets.length;
console.log("avg bytes main", sizes((t) => main.evaluateTicket(t, { asOf, calendar: calM })).toFixed(0), "lean", sizes((t) => lean.evaluateTicket(t, { asOf, calendar: calL })).toFixed(0), "ticket", (texts.reduce((n, s) => n + s.length, 0) / texts.length).toFixed(0));
