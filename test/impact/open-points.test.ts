// The open points as data (src/impact/open-points.ts) say what the areas' options schemas accept:
// every alternative listed is a value the area's schema takes, every value a schema takes is the
// default or a listed alternative, and the default is what an absent option means (an evaluation
// with the option set to its default is deep-equal to one without it).
import { describe, expect, it } from "vitest";
import { OPEN_POINTS } from "../../src/impact/open-points.js";
import { PortalOptionsSchema } from "../../src/portal/options-schema.js";
import { RegistrationOptionsSchema } from "../../src/registration/options-schema.js";
import { SanctionOptionsSchema } from "../../src/sanctions/options-schema.js";
import { SpenddownOptionsSchema } from "../../src/spenddown/options-schema.js";
import { WebcmOptionsSchema } from "../../src/webcm/options-schema.js";
import { IllinoisOptionsSchema } from "../../src/calendar/illinois-schemas.js";
import { compareEvaluations } from "../../src/index.js";
import { sampleInputs } from "./samples.js";

type Def = { _zod: { def: { shape?: Record<string, Def>; innerType?: Def; entries?: Record<string, string> } } };
const SCHEMAS: Record<string, Def> = {
  portal: PortalOptionsSchema as unknown as Def,
  webcm: WebcmOptionsSchema as unknown as Def,
  spenddown: SpenddownOptionsSchema as unknown as Def,
  sanctions: SanctionOptionsSchema as unknown as Def,
  registration: RegistrationOptionsSchema as unknown as Def,
};
const CALENDAR = IllinoisOptionsSchema as unknown as Def;

/** The values the area's schema accepts for `option`, or undefined when it has no such option. */
function accepted(area: string, option: string): string[] | undefined {
  const field = (area === "calendar" ? CALENDAR : SCHEMAS[area])?._zod.def.shape?.[option];
  const entries = (field?._zod.def.innerType ?? field)?._zod.def.entries;
  return entries === undefined ? undefined : Object.values(entries).sort();
}

describe("the open points as data", () => {
  it.each(OPEN_POINTS.map((p) => [`${p.number ?? "reading"} ${p.option}`, p] as const))(
    "%s: its default and alternatives are what each area's schema accepts",
    (_, point) => {
      for (const area of point.areas) {
        const offered = point.alternatives.filter((a) => a.areas.includes(area as never)).map((a) => a.value);
        const values = area === "calendar" ? point.alternatives.map((a) => a.value) : offered;
        expect(accepted(area, point.option), `${area}.${point.option}`).toEqual([point.default, ...values].sort());
      }
    },
  );
  it("an area that accepts an option is listed with it", () => {
    for (const [area, schema] of Object.entries(SCHEMAS))
      for (const option of Object.keys(schema._zod.def.shape ?? {})) {
        // paymentDueDate is read by the notice page only (open point 14): no evaluation changes with it.
        if (option === "paymentDueDate") continue;
        const point = OPEN_POINTS.find((p) => p.option === option);
        expect(point?.areas, `${area}.${option}`).toContain(area);
      }
  });
  it("the default is what an absent option means, on the shipped samples", () => {
    const inputs = sampleInputs();
    for (const point of OPEN_POINTS.filter((p) => p.option !== "juneteenth2022")) {
      const options = Object.fromEntries(point.areas.map((area) => [area, { [point.option]: point.default }]));
      const comparison = compareEvaluations(inputs, { asOf: "2024-09-01", after: { options } });
      expect(comparison.changed, point.option).toBe(0);
      expect(comparison.errors).toEqual([]);
    }
  });
});
