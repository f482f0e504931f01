// The boundary (docs/boundary.md): every public operation of the library, declared once.
import type { OperationDeclaration } from "./operation.js";
import * as dates from "./operations/dates.js";
import * as calendar from "./operations/calendar.js";
import * as portal from "./operations/portal.js";
import * as portalDueDates from "./operations/portal-due-dates.js";
import * as sanctions from "./operations/sanctions.js";
import * as webcm from "./operations/webcm.js";
import * as spenddown from "./operations/spenddown.js";
import * as registration from "./operations/registration.js";
import * as statistics from "./operations/statistics.js";
import * as queue from "./operations/queue.js";
import * as impact from "./operations/impact.js";
import * as compare from "./operations/compare.js";
import * as outputs from "./operations/outputs.js";
import * as entries from "./entries.js";

type AnyDeclaration = OperationDeclaration<(...args: never[]) => unknown>;

/**
 * A module's public declarations: its exports that are operation declarations (the entries are
 * functions) of an operation the root exports (src/api/entries.ts); the others are private.
 */
const declarationsOf = (module: Readonly<Record<string, unknown>>): AnyDeclaration[] =>
  Object.values(module)
    .filter((value): value is AnyDeclaration => typeof value === "object" && value !== null && "run" in value)
    .filter((declaration) => Object.hasOwn(entries, declaration.name))
    // By name: a module namespace's order is not the same under every loader (vitest's is the source's).
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

/**
 * Every public operation of the library, by area (calendar first), each area's in the order of
 * their names: the source of docs/api.md and, with src/api/entries.ts, of the exported functions.
 *
 * @example OPERATIONS.find((o) => o.name === "evaluateTicket")?.settings // ["asOf", "calendar", "options", "detail"]
 */
export const OPERATIONS: readonly AnyDeclaration[] = Object.freeze(
  [
    dates,
    calendar,
    portal,
    portalDueDates,
    sanctions,
    webcm,
    spenddown,
    registration,
    statistics,
    queue,
    impact,
    compare,
    outputs,
  ].flatMap(declarationsOf),
);
