import type { IsoDate } from "../core/iso-date.js";
import type { Rule, RuleVersion } from "../core/types.js";

/** Seed files of ../shared/seeds, by their short number. */
export const SEEDS = {
  "000": "000_4cd1f2b9c413297c.txt",
  "001": "001_6b1ba358b554d3bf.txt",
  "002": "002_1e83b27474898823.txt",
  "003": "003_9adba5fdccb41ca7.txt",
  "004": "004_e19d23c30e8f8c39.txt",
} as const;

export type SeedNumber = keyof typeof SEEDS;

/** Shorthand for a rule as data: seeds by number, versions with ISO dates. */
export function defineRule(rule: {
  id: string;
  title: string;
  area: Rule["area"];
  seeds: readonly SeedNumber[];
  quote: string;
  versions: readonly {
    from: string;
    to?: string;
    parameters?: RuleVersion["parameters"];
    basis: string;
  }[];
}): Rule {
  return {
    id: rule.id,
    title: rule.title,
    area: rule.area,
    source: rule.seeds.map((s) => SEEDS[s]),
    quote: rule.quote,
    versions: rule.versions.map((v) => ({
      effectiveFrom: v.from as IsoDate,
      effectiveTo: (v.to ?? null) as IsoDate | null,
      parameters: v.parameters ?? {},
      basis: v.basis,
    })),
  };
}
