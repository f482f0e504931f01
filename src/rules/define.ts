import type { IsoDate } from "../core/iso-date.js";
import type { Citation } from "../core/source.js";
import type { Rule, RuleVersion } from "../core/types.js";
import { hasSource } from "./sources.js";

/**
 * Shorthand for a rule as data: the documents it comes from by source ID, each with the section
 * and a short quote; the open points of docs/interpretations.md that touch it; versions with ISO
 * dates, each with the basis of its dates and the documents that basis names. A citation of a document the registry does not hold is a programming error, thrown
 * when the module loads.
 *
 * @example defineRule({ id: "PORTAL-FINE", title: "…", area: "portal",
 *   cite: [{ source: "hfs-prp-requirements", section: "Requirements", quote: "a $5,000.00 fine may be issued to the MCO" }],
 *   openPoints: [9], versions: [{ from: "2020-05-01", parameters: { amountCents: 500000 }, basis: "…", sources: ["hfs-prp-requirements"] }] })
 */
export function defineRule(rule: {
  id: string;
  title: string;
  area: Rule["area"];
  cite: readonly Required<Citation>[];
  openPoints?: readonly number[];
  versions: readonly {
    from: string;
    to?: string;
    parameters?: RuleVersion["parameters"];
    basis: string;
    sources: readonly string[];
  }[];
}): Rule {
  for (const id of [...rule.cite.map((c) => c.source), ...rule.versions.flatMap((v) => v.sources)]) {
    if (!hasSource(id)) throw new Error(`${rule.id} cites ${id}, which is not in the source registry`);
  }
  const citations = Object.freeze(rule.cite.map((c) => Object.freeze({ source: c.source, section: c.section, quote: c.quote })));
  return Object.freeze({
    id: rule.id,
    title: rule.title,
    area: rule.area,
    source: Object.freeze([...new Set(citations.map((c) => c.source))]),
    citations,
    openPoints: Object.freeze([...(rule.openPoints ?? [])].sort((a, b) => a - b)),
    versions: Object.freeze(
      rule.versions.map((v) =>
        Object.freeze({
          effectiveFrom: v.from as IsoDate,
          effectiveTo: (v.to ?? null) as IsoDate | null,
          parameters: Object.freeze({ ...(v.parameters ?? {}) }),
          basis: v.basis,
          sources: Object.freeze([...v.sources]),
        }),
      ),
    ),
  });
}
