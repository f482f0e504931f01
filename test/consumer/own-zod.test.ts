// The package's Node build carries its own copy of zod (tsup.config.ts: one file loads faster than
// zod's 60 modules). A caller's schemas, written with the caller's zod, must still take the
// package's schemas as parts, and an error from them must still be a zod error to the caller's zod.
import { readFileSync } from "node:fs";
import { TicketSchema } from "hfs-mco-rules/schemas";
import { describe, expect, it } from "vitest";
import * as zod from "zod";
import * as z from "zod/mini";

const ticket = JSON.parse(readFileSync(new URL("../../examples/data/tickets.json", import.meta.url), "utf8"))[0];

describe("the package's schemas inside a caller's own zod schemas", () => {
  it("compose with zod/mini and zod, and read a valid ticket", () => {
    expect(z.object({ ticket: TicketSchema, note: z.string() }).safeParse({ ticket, note: "x" }).success).toBe(true);
    expect(zod.object({ tickets: zod.array(TicketSchema) }).safeParse({ tickets: [ticket] }).success).toBe(true);
  });

  it("report a bad field at its path, as an error of the caller's zod", () => {
    const result = z.object({ ticket: TicketSchema }).safeParse({ ticket: { ...ticket, portalSubmittedOn: "soon" } });
    expect(result.success).toBe(false);
    expect(result.error).toBeInstanceOf(z.core.$ZodError);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["ticket.portalSubmittedOn"]);
    expect(TicketSchema.safeParse({}).error).toBeInstanceOf(z.core.$ZodError);
  });

  it("convert to JSON Schema with the caller's zod", () => {
    const schema = zod.toJSONSchema(zod.object({ ticket: TicketSchema })) as unknown as {
      properties: { ticket: object };
    };
    expect(schema.properties.ticket).toMatchObject({ type: "object" });
  });
});
