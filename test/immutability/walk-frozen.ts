// The walk of the frozen-exports test: every object reachable from a value through own properties
// (enumerable or not, symbol keys too) and Map/Set contents, and the paths of those not frozen.
// What is left unfrozen on purpose, and why (src/core/freeze.ts, issue 23 item 4):
// - a zod schema's instance, its `_zod` internals and its `def`: zod 4 defines methods and lazy
//   internals on the instance at first read and copies a def's descriptors into derived schemas;
//   the data a def holds (shape, options, checks, entries) is walked and must be frozen;
// - a RegExp (RegExp methods write `lastIndex`);
// - an ordinary function's own default `prototype` (`{ constructor }`, never read by the library);
//   a class (a prototype with members, e.g. RuleInputError) must be frozen, prototype included.

/** The `def` of a zod schema or check, else undefined. */
function zodDef(value: object): object | undefined {
  const internals: unknown = Object.getOwnPropertyDescriptor(value, "_zod")?.value;
  if (typeof internals !== "object" || internals === null) return undefined;
  if (!Object.hasOwn(internals, "constr") || !Object.hasOwn(internals, "traits")) return undefined;
  const def: unknown = Object.getOwnPropertyDescriptor(internals, "def")?.value;
  return typeof def === "object" && def !== null ? def : undefined;
}

const DATA: ReadonlySet<unknown> = new Set([null, Object.prototype, Array.prototype, Map.prototype, Set.prototype]);

function isDefaultPrototype(owner: unknown, key: PropertyKey, value: object): boolean {
  return (
    typeof owner === "function" &&
    key === "prototype" &&
    Reflect.ownKeys(value).length === 1 &&
    Object.getOwnPropertyDescriptor(value, "constructor")?.value === owner
  );
}

/** The paths of the objects reachable from `roots` that are not frozen (see the header). */
export function unfrozenPaths(roots: Readonly<Record<string, unknown>>): string[] {
  const found: string[] = [];
  const seen = new Set<object>();
  const stack: [unknown, string, unknown, PropertyKey][] = Object.entries(roots).map(([k, v]) => [v, k, undefined, k]);
  while (stack.length > 0) {
    const [value, path, owner, key] = stack.pop() as [unknown, string, unknown, PropertyKey];
    if (value === null || (typeof value !== "object" && typeof value !== "function") || seen.has(value)) continue;
    seen.add(value);
    if (value instanceof RegExp || isDefaultPrototype(owner, key, value)) continue;
    const def = zodDef(value);
    if (def !== undefined) {
      for (const k of Reflect.ownKeys(def)) stack.push([Reflect.get(def, k), `${path}.def.${String(k)}`, def, k]);
      continue;
    }
    const isClass =
      typeof value === "function" && Reflect.ownKeys((value as { prototype?: object }).prototype ?? {}).length > 1;
    if (typeof value !== "function" && !DATA.has(Object.getPrototypeOf(value))) {
      found.push(`${path} (an instance of another class)`);
      continue;
    }
    if ((typeof value !== "function" || isClass) && !Object.isFrozen(value)) found.push(path);
    for (const k of Reflect.ownKeys(value)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, k);
      if (descriptor === undefined) continue;
      if ("value" in descriptor) stack.push([descriptor.value, `${path}.${String(k)}`, value, k]);
      else found.push(`${path}.${String(k)} (an accessor)`);
    }
    if (value instanceof Map)
      for (const [k, v] of value) stack.push([k, `${path}<key>`, value, ""], [v, `${path}<${String(k)}>`, value, ""]);
    else if (value instanceof Set) for (const v of value) stack.push([v, `${path}<member>`, value, ""]);
  }
  return found.sort();
}
