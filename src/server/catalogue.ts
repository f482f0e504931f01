// The catalogue over HTTP: the rules with their versions and citations, one rule, the documents
// they come from, and a year's State Holidays. The same data `hfs-mco-rules rules` prints.
import type { Hono } from "hono";
import { RULES, SOURCES } from "../index.js";
import { hasRule } from "../rules/registry.js";
import { illinoisStateCalendar } from "../api/illinois-calendar.js";
import { problem } from "./problem.js";

/** Adds `GET /v1/rules`, `/v1/rules/{id}`, `/v1/sources` and `/v1/calendar/holidays?year=`. */
export function catalogueRoutes(app: Hono): void {
  app.get("/v1/rules", (c) => c.json(RULES));
  app.get("/v1/rules/:id", (c) => {
    const id = c.req.param("id");
    return hasRule(id) ? c.json(RULES.find((r) => r.id === id)) : problem(c, 404, "Not found", "no rule with this ID");
  });
  app.get("/v1/sources", (c) => c.json(SOURCES));
  app.get("/v1/calendar/holidays", (c) => {
    const year = Number(c.req.query("year"));
    if (!Number.isInteger(year) || year < 1 || year > 9999)
      return problem(c, 400, "Invalid year", "give ?year= a year from 1 to 9999");
    const calendar = illinoisStateCalendar();
    const { name, version, provenance } = calendar;
    return c.json({ calendar: name, version, provenance, year, holidays: calendar.holidays(year) });
  });
}
