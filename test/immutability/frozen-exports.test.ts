// Issue 23, item 4: nothing exported can change an answer. Every object reachable from an export
// of every entry of the package is frozen (walk-frozen.ts says what is exempt and why), the default
// calendar and its year tables too; and every exported zod schema still parses, describes itself and
// derives new schemas with its data frozen.
import * as z from "zod/mini";
import { describe, expect, it } from "vitest";
import * as root from "../../src/index.js";
import * as ruleTables from "../../src/rule-tables/index.js";
import * as internal from "../../src/internal.js";
import { exportedSchemas, jsonSchemaOf } from "../../src/json-schema.js";
import * as schemas from "../../src/schemas.js";
import { unfrozenPaths } from "./walk-frozen.js";

const ENTRIES = { root, schemas, ruleTables } as const;

describe("every exported object is frozen", () => {
  for (const [entry, module] of Object.entries(ENTRIES)) {
    it(`${entry}: no object reachable from an export can be changed`, () => {
      expect(unfrozenPaths({ ...module })).toEqual([]);
    });
  }
  it("the walk finds an unfrozen object however deep, a Map's contents and a class's prototype", () => {
    class Open {
      method(): void {}
    }
    const deep = Object.freeze({ a: Object.freeze([Object.freeze({ b: {} })]) });
    const map = Object.freeze(new Map([["k", { open: true }]]));
    expect(unfrozenPaths({ deep, map, Open })).toEqual(["Open", "Open.prototype", "deep.a.0.b", "map<k>"]);
  });
  it("the default calendar, its option calendar and their year tables are frozen", () => {
    for (const calendar of [root.illinoisStateCalendar(), root.illinoisStateCalendar({ juneteenth2022: "none" })]) {
      const tables = Object.fromEntries([1900, 2024, 2031, 2199].map((y) => [y, calendar.yearIndex(y)]));
      expect(unfrozenPaths({ calendar, ...tables, holidays: calendar.holidays(2024) })).toEqual(["holidays"]);
    }
  });
  it("changing a holiday table is refused and no later answer moves (4 July stays a holiday)", () => {
    const july4 = root.parseIsoDate("2024-07-04");
    const before = root.addBusinessDays(root.parseIsoDate("2024-07-03"), 1);
    const year = internal.PUBLISHED_YEARS.find((y) => y.year === 2024) as unknown as { days: unknown[] };
    expect(() => {
      (year.days as unknown[]).splice(0, year.days.length);
    }).toThrow(TypeError);
    expect(() => {
      (internal.STATUTE_HOLIDAYS[0] as { key: string }).key = "moved";
    }).toThrow(TypeError);
    expect(() => {
      (root.illinoisStateCalendar().yearIndex(2024).holidayAt as unknown[])[185] = undefined;
    }).toThrow(TypeError);
    expect(root.illinoisStateCalendar().holidayOn(july4)?.name).toBe("Independence Day");
    expect(root.addBusinessDays(root.parseIsoDate("2024-07-03"), 1)).toBe(before);
  });
});

describe("every exported schema works with its data frozen", () => {
  const exported = exportedSchemas({ ...schemas, ...ruleTables });
  const samples: unknown[] = [undefined, null, {}, [], "2024-07-04", 5, { type: "x" }];
  it("there are schemas to check", () => {
    expect(exported.length).toBeGreaterThan(50);
  });
  for (const [name, schema] of exported) {
    it(`${name}: parse, safeParse, toJSONSchema, shape, options, def and derived schemas`, () => {
      const s = schema as z.ZodMiniType & { shape?: object; options?: unknown; def: object };
      for (const sample of samples) {
        expect(s.safeParse(sample).success).toBe(z.safeParse(s, sample).success);
        try {
          s.parse(sample);
        } catch (error) {
          expect(error).toBeInstanceOf(z.core.$ZodError);
        }
      }
      expect(jsonSchemaOf(name, s).title).toBe(name.replace(/Schema$/, ""));
      expect(z.toJSONSchema(s, { io: "output", unrepresentable: "any" })).toBeTypeOf("object");
      expect(s.def).toBeTypeOf("object");
      if (s.shape !== undefined) expect(Object.isFrozen(s.shape)).toBe(true);
      expect(s.options === undefined || Array.isArray(s.options)).toBe(true);
      const data = s.def as { options?: unknown; entries?: unknown };
      for (const held of [data.options, data.entries]) if (held !== undefined) expect(Object.isFrozen(held)).toBe(true);
      // The exported schemas are zod/mini schemas: derived ones are made by zod/mini's functions.
      const checked = [s.check(z.describe("x")), s.check(z.meta({ title: "x" })), s.check(z.refine(() => true))];
      for (const derived of [z.optional(s), ...checked, z.array(s)])
        expect(derived.safeParse(undefined)).toBeTypeOf("object");
      if (s instanceof z.ZodMiniObject) {
        const strict = z.strictObject(s.shape);
        for (const derived of [strict, z.extend(s, { extra: z.string() }), z.object(s.shape)])
          expect(derived.safeParse({}).success).toBeTypeOf("boolean");
      }
    });
  }
});
