// The facts of an evaluation that a comparison speaks of (docs/what-if.md): deadlines, statuses,
// findings, fines, spenddown standards and sanction notices, found by their shape anywhere in a
// result, so that every area's result is read the same way. Everything else is a leaf, compared
// by its path. Paths name keys and array positions only, never a value: a result holds member IDs
// and contact names (principle 6), and no comparison repeats them.

/** The kinds of fact a comparison names, defined once: every output takes its type from here (principle 7). */
export const FACT_KINDS = Object.freeze(["deadline", "status", "finding", "fine", "standard", "notice"] as const);
export type FactKind = (typeof FACT_KINDS)[number];

/** One fact of a result: its kind, where it is, the key that matches it across two results, the node. */
export interface Fact {
  readonly kind: FactKind;
  /** Its path, e.g. `deadlines[2]` or `memberMonths[4].payment.deadline`. */
  readonly at: string;
  /** Kind, path with positions left out, identity fields and occurrence: the same fact in both results. */
  readonly key: string;
  readonly node: Readonly<Record<string, unknown>>;
}

/** A result read into its facts and its other leaves (path → JSON text of the value). */
export interface ResultFacts {
  readonly facts: readonly Fact[];
  readonly leaves: ReadonlyMap<string, string>;
}

type Node = Readonly<Record<string, unknown>>;
const isNode = (v: unknown): v is Node => v !== null && typeof v === "object" && !Array.isArray(v);
const text = (v: unknown) => (typeof v === "string" ? v : "");

/** The kind of fact a node is, with the fields that identify it, or undefined for an ordinary node. */
function factOf(node: Node, key: string, inFindings: boolean): { kind: FactKind; id: string } | undefined {
  if (inFindings && typeof node.code === "string") return { kind: "finding", id: `${text(node.ruleId)}|${node.code}` };
  if (typeof node.ruleId === "string" && typeof node.dueDate === "string" && typeof node.status === "string")
    return { kind: "deadline", id: `${node.ruleId}|${text(node.name)}|${text(node.party)}` };
  if (typeof node.standard === "number" && typeof node.met === "boolean")
    return { kind: "standard", id: `${node.standard}` };
  if (typeof node.totalCents === "number" && isNode(node.period) && typeof node.mco === "string")
    return { kind: "notice", id: `${node.mco}|${text(node.period.id)}` };
  if ((key === "fine" || key === "fines") && typeof node.amountCents === "number")
    return { kind: "fine", id: text(node.ticketNumber) };
  return undefined;
}

// A key that is not a plain identifier could be a value (a member ID used as a key): shown as `{key}`.
const segment = (key: string) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? `.${key}` : ".{key}");

/**
 * The facts and leaves of one evaluation result (plain JSON data).
 *
 * @example resultFacts(evaluateTicket(ticket, { asOf })).facts.filter((f) => f.kind === "deadline").length
 */
export function resultFacts(result: unknown): ResultFacts {
  const facts: Fact[] = [];
  const leaves = new Map<string, string>();
  const seen = new Map<string, number>();
  const visit = (value: unknown, path: string, shape: string, key: string, inFindings: boolean): void => {
    if (Array.isArray(value)) {
      if (value.length === 0) leaves.set(path, "[]");
      value.forEach((v, i) => {
        visit(v, `${path}[${i}]`, `${shape}[]`, key, key === "findings");
      });
      return;
    }
    if (!isNode(value)) {
      const status = (key === "status" || key === "state") && typeof value === "string";
      if (status) facts.push(fact("status", path, `status|${path}`, { value }));
      else leaves.set(path, JSON.stringify(value) ?? "undefined");
      return;
    }
    const found = factOf(value, key, inFindings);
    if (found !== undefined) {
      const id = `${found.kind}|${shape}|${found.id}`;
      const n = seen.get(id) ?? 0;
      seen.set(id, n + 1);
      facts.push(fact(found.kind, path, `${id}#${n}`, withoutOptions(value) as Node));
      return;
    }
    // A result's echo of the options it was evaluated under is not a difference of the case (docs/what-if.md).
    const keys = Object.keys(value).filter((k) => k !== "options");
    if (keys.length === 0) leaves.set(path, "{}");
    for (const k of keys) visit(value[k], `${path}${segment(k)}`, `${shape}${segment(k)}`, k, false);
  };
  // A case that exists under one setting only (a sanction notice) is compared with nothing.
  if (result !== undefined) visit(result, "", "", "", false);
  return { facts, leaves };
}

function fact(kind: FactKind, at: string, key: string, node: Node): Fact {
  return { kind, at: at.startsWith(".") ? at.slice(1) : at, key, node };
}

/** A node without its `options` echoes, at any depth (the facts compare what is left). */
function withoutOptions(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutOptions);
  if (!isNode(value)) return value;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value)) if (k !== "options") out[k] = withoutOptions(value[k]);
  return out;
}
