/**
 * Paths into a scenario document ("function.timeoutSeconds" as ['function', 'timeoutSeconds']),
 * and copy-on-write changes along them: an edit never mutates the document it starts from.
 */
export type DocPath = readonly (string | number)[];

/** The dotted form the parser uses in its errors ("workloads.0.qualifier"). */
export function pathKey(path: DocPath): string {
  return path.map(String).join('.');
}

export function getAt(doc: unknown, path: DocPath): unknown {
  let cur = doc;
  for (const key of path) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Record<string | number, unknown>)[key];
  }
  return cur;
}

/** A copy of `doc` with `value` at `path`; `undefined` removes the field (or list item). */
export function setAt(doc: unknown, path: DocPath, value: unknown): unknown {
  if (path.length === 0) return value;
  const [key, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(doc) && typeof key === 'number') {
    const copy = [...doc];
    if (rest.length === 0 && value === undefined) copy.splice(key, 1);
    else copy[key] = setAt(doc[key], rest, value);
    return copy;
  }
  const base = typeof doc === 'object' && doc !== null ? (doc as Record<string, unknown>) : {};
  const copy: Record<string, unknown> = { ...base };
  const next = setAt(base[key], rest, value);
  if (next === undefined) delete copy[key];
  else copy[key] = next;
  return copy;
}
