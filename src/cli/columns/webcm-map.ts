// A WebCM column map (`kind: webcm`): an export with one row per event of a member (the
// member, the MCO, the event's type and date, and the columns of its contact or new care
// coordinator) becomes one member history per member and MCO (WEBCM-*). A row with a blank
// event type lists the member with no event. docs/cli.md, "Column maps".
import * as z from "zod/mini";
import { ColumnSpecSchema, columnCompiler, MAP_SETTINGS } from "./column-spec.js";
import type { GroupedReader } from "./group-rows.js";
import { type CellError, readFields } from "./map-row.js";
import type { CellKind } from "./read-cell.js";

const WEBCM_FIELD_KINDS = {
  member: "text",
  mco: "text",
  type: "optional-text",
  date: "date",
  id: "optional-text",
  sequence: "optional-integer",
  newCoordinator: "text",
  "contact.name": "nullable-text",
  "contact.email": "nullable-text",
  "contact.telephone": "nullable-text",
} as const satisfies Record<string, CellKind>;
type WebcmField = keyof typeof WEBCM_FIELD_KINDS;

const EVENT_TYPES = [
  "waiver assignment notified",
  "care coordinator changed",
  "file transfer",
  "manual alternate contact",
] as const;
const REQUIRED: readonly WebcmField[] = ["member", "mco", "type", "date"];

/** The WebCM column map file. */
export const WebcmColumnMapSchema = z
  .strictObject({
    kind: z.literal("webcm"),
    ...MAP_SETTINGS,
    fields: z.partialRecord(z.enum(Object.keys(WEBCM_FIELD_KINDS) as [WebcmField, ...WebcmField[]]), ColumnSpecSchema),
  })
  .check(
    z.superRefine((map, ctx) => {
      for (const field of REQUIRED)
        if (!(field in map.fields) && !(field in map.defaults))
          ctx.addIssue({ code: "custom", path: ["fields", field], message: "needs a column or a value in defaults" });
    }),
  );
export type WebcmColumnMap = z.output<typeof WebcmColumnMapSchema>;

// The fields each event type takes besides its type and date.
const EVENT_FIELDS: Readonly<Record<string, readonly string[]>> = {
  "waiver assignment notified": [],
  "care coordinator changed": ["newCoordinator"],
  "file transfer": ["contact"],
  "manual alternate contact": ["contact"],
};

/** The reader of a WebCM map: rows grouped by member and MCO into histories. */
export function webcmReader(map: WebcmColumnMap): GroupedReader {
  const compile = columnCompiler(map);
  const all = (Object.entries(map.fields) as [WebcmField, z.output<typeof ColumnSpecSchema>][]).map(
    ([field, spec]) => [field, compile(spec), WEBCM_FIELD_KINDS[field]] as const,
  );
  const typeColumn = all.find(([f]) => f === "type")?.[1].column ?? "type";
  const keyFields = all.filter(([f]) => f === "member" || f === "mco");
  return {
    read(row) {
      const errors: CellError[] = [];
      const head: Record<string, unknown> = { member: map.defaults.member, mco: map.defaults.mco };
      readFields(row, keyFields, head, errors);
      if (errors.length > 0) return { errors };
      const key = JSON.stringify([head.member, head.mco]);
      const fields: Record<string, unknown> = structuredClone(map.defaults);
      delete fields.member;
      delete fields.mco;
      const type = all.filter(([f]) => f === "type");
      readFields(row, type, fields, errors);
      if (errors.length > 0 || fields.type === undefined)
        return errors.length > 0 ? { key, head, errors } : { key, head, part: null };
      const typeName = EVENT_TYPES.find((t) => t === String(fields.type).toLowerCase());
      if (!typeName)
        return {
          key,
          head,
          errors: [
            {
              column: typeColumn,
              reason: `expected a WebCM event type (${EVENT_TYPES.join(", ")}) or a value in the map's values`,
            },
          ],
        };
      const wanted = ["date", "id", "sequence", ...(EVENT_FIELDS[typeName] ?? [])];
      readFields(
        row,
        all.filter(([f]) => wanted.includes(f.split(".")[0] ?? f)),
        fields,
        errors,
      );
      if (errors.length > 0) return { key, head, errors };
      const event: Record<string, unknown> = { type: typeName };
      for (const f of wanted) if (fields[f] !== undefined) event[f] = fields[f];
      return { key, head, part: event };
    },
    build: (head, parts) => ({ value: { ...head, events: parts.filter((p) => p !== null) } }),
  };
}
