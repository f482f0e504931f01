import type * as z from "zod/mini";
import type { ArgumentDeclaration } from "./operation.js";

// The argument declarations of the operations, in one line each (src/api/operations/*).

/** An input read whole into plain data. @example data("ticket", TicketSchema) */
export const data = (name: string, schema?: z.core.$ZodType): ArgumentDeclaration => ({
  name,
  kind: "data",
  ...(schema === undefined ? {} : { schema }),
});

/**
 * A list read item by item by the batch (one bad item is that item's answer). @example items("tickets", TicketSchema)
 */
export const items = (name: string, schema?: z.core.$ZodType): ArgumentDeclaration => ({
  name,
  kind: "items",
  ...(schema === undefined ? {} : { schema }),
});

/** A record read as data but for its list at `itemsKey`, read item by item. @example withItems("input", "members") */
export const withItems = (name: string, itemsKey: string, schema?: z.core.$ZodType): ArgumentDeclaration => ({
  name,
  kind: "data-with-items",
  itemsKey,
  ...(schema === undefined ? {} : { schema }),
});

/** A settings or options record (calendars by identity). @example settings() */
export const settings = (name = "settings"): ArgumentDeclaration => ({ name, kind: "settings", optional: true });

/** A date, a number or a calendar the operation checks itself. @example value("date") */
export const value = (name: string, optional = false): ArgumentDeclaration => ({
  name,
  kind: "value",
  ...(optional ? { optional } : {}),
});
