// A union of objects told apart by one key (a ticket's events by `type`) is shipped as if/then on
// that key, not as oneOf (src/json-schema.ts): a validator then reports a bad event once, not
// once per kind of event. The same data is accepted either way (test/schemas/equivalence.test.ts).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
const ticketSchema = JSON.parse(readFileSync(join(ROOT, "schemas", "ticket.schema.json"), "utf8"));
const validate = ajv.compile(ticketSchema);
const ticket = JSON.parse(readFileSync(join(ROOT, "examples/data/tickets.json"), "utf8"))[0];
const withEvent = (event: unknown) => ({ ...ticket, events: [event] });
const errorsAt = (data: unknown) => {
  expect(validate(data)).toBe(false);
  return (validate.errors ?? []).filter((e) => !["if", "allOf"].includes(e.keyword));
};

describe("ticket.schema.json's events", () => {
  it("the schema has no oneOf left for the events", () => {
    expect(JSON.stringify(ticketSchema.properties.events)).not.toContain('"oneOf"');
  });
  it("an unknown event type is one error, at the event's type, listing the types", () => {
    const errors = errorsAt(withEvent({ type: "presented to the MCO", date: "2024-06-04" }));
    expect(errors.map((e) => [e.instancePath, e.keyword])).toEqual([["/events/0/type", "enum"]]);
    expect(errors[0]?.params).toMatchObject({ allowedValues: expect.arrayContaining(["presented to MCO"]) });
  });
  it("a bad field of a known event is reported by that event's branch alone", () => {
    const errors = errorsAt(withEvent({ type: "extension requested", date: "2024-06-04", requestedBy: "HFS" }));
    expect(errors.map((e) => e.instancePath)).toEqual(["/events/0/requestedBy"]);
  });
  it("a good event passes", () => {
    expect(validate(withEvent({ type: "presented to MCO", date: "2024-06-04" })), JSON.stringify(validate.errors)).toBe(
      true,
    );
  });
});
