import type { FindingCodeEntry } from "../core/types.js";

const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/**
 * Checks a list of finding codes and returns it: each code kebab-case, each code once per rule,
 * each rule ID known to `knownRule`. A broken list is a programming error (an Error naming every
 * bad entry), thrown when the catalogue loads.
 *
 * @example
 * const codes = [{ ruleId: "PORTAL-OVERDUE", code: "Proposal_Overdue", severity: "error", summary: "…" }];
 * checkFindingCodes(codes, hasRule)
 * // throws: PORTAL-OVERDUE/Proposal_Overdue: the code is not kebab-case
 */
export function checkFindingCodes<T extends FindingCodeEntry>(
  entries: readonly T[],
  knownRule: (id: string) => boolean,
): readonly T[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const { ruleId, code } of entries) {
    const key = `${ruleId}/${code}`;
    if (!knownRule(ruleId)) problems.push(`${key}: no rule ${ruleId} in the registry`);
    if (!KEBAB.test(code)) problems.push(`${key}: the code is not kebab-case`);
    if (seen.has(key)) problems.push(`${key}: the code is listed twice for the rule`);
    seen.add(key);
  }
  if (problems.length > 0) throw new Error(`Finding codes: ${problems.join("; ")}`);
  return entries;
}
