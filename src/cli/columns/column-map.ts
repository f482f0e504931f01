// A ticket column map (YAML) says how a flat portal export becomes tickets: which column holds
// each field, which column holds each event's date (one column per event kind), how dates,
// booleans and enumerations are written, and the constant values of fields the export lacks.
// docs/cli.md, "Column maps".
import * as z from "zod/mini";
import { TicketEventSchema } from "../../portal/schemas.js";
import { ColumnSpecSchema, MAP_SETTINGS } from "./column-spec.js";
import type { CellKind } from "./read-cell.js";

export type { CellKind } from "./read-cell.js";

/** The ticket fields a column can hold, and how each is read (an empty cell → null where the field allows null). */
export const TICKET_FIELD_KINDS = {
  ticketNumber: "text",
  mco: "text",
  program: "text",
  providerType: "text",
  portalSubmittedOn: "date",
  "internalDispute.submittedToMcoOn": "date",
  "internalDispute.trackingNumber": "nullable-text",
  "internalDispute.trackingNumberIssuedOn": "nullable-date",
  medicareOnly: "boolean",
  feeForService: "boolean",
  priorAuthorizationNotObtained: "boolean",
  complete: "boolean",
  providerRegistered: "boolean",
  accessToCare: "boolean",
} as const satisfies Record<string, CellKind>;
export type TicketField = keyof typeof TICKET_FIELD_KINDS;

/** The fields of an event, beyond its date, a column can hold, by event kind. */
export const EVENT_FIELD_KINDS: Readonly<Record<string, Readonly<Record<string, CellKind>>>> = {
  "*": { id: "optional-text", note: "optional-text" },
  "proposal submitted": {
    plan: "text-or-empty",
    resolutionPeriod: "nullable-text",
    "contact.name": "nullable-text",
    "contact.phone": "nullable-text",
    "contact.email": "nullable-text",
    decision: "decision",
  },
  "information provided": { alreadyProvided: "boolean" },
  "extension requested": { requestedBy: "text" },
  "extension decision": { approved: "boolean" },
  "evidence delivered": { by: "text" },
  "HFS decision": { outcome: "optional-text" },
  "ticket closed": { reason: "text" },
};

const EVENT_TYPES = TicketEventSchema.def.options.map((o) => o.shape.type.def.values[0]) as [string, ...string[]];

/** One event kind read from the export: its type, the column of its date, the columns of its fields. */
export const EventColumnsSchema = z.catchall(
  z.object({ type: z.enum(EVENT_TYPES), date: ColumnSpecSchema }),
  ColumnSpecSchema,
);

/** The ticket column map file (`kind: tickets`, the default). */
export const ColumnMapSchema = z
  .strictObject({
    kind: z._default(z.literal("tickets"), "tickets"),
    ...MAP_SETTINGS,
    fields: z.partialRecord(
      z.enum(Object.keys(TICKET_FIELD_KINDS) as [TicketField, ...TicketField[]]),
      ColumnSpecSchema,
    ),
    events: z._default(z.array(EventColumnsSchema), []),
  })
  .check(
    z.superRefine((map, ctx) => {
      for (const field of [...Object.keys(TICKET_FIELD_KINDS), "members"]) {
        const top = field.split(".")[0] ?? field;
        if (!(field in map.fields) && !(top in map.defaults))
          ctx.addIssue({
            code: "custom",
            path: ["fields", field],
            message: "every ticket field needs a column or a value in defaults",
          });
      }
      for (const [i, e] of map.events.entries()) {
        const known = { ...EVENT_FIELD_KINDS["*"], ...(EVENT_FIELD_KINDS[e.type] ?? {}) };
        for (const key of Object.keys(e))
          if (key !== "type" && key !== "date" && !(key in known))
            ctx.addIssue({ code: "custom", path: ["events", i, key], message: `not a field of a "${e.type}" event` });
      }
    }),
  );
export type ColumnMap = z.output<typeof ColumnMapSchema>;
