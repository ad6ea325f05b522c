/**
 * EventBridge reads events and patterns as flat lists of dotted field paths ("detail.state"), so a
 * key that contains a dot names the same field as the nested keys it spells: the pattern
 * {"detail.state": ["x"]} and {"detail": {"state": ["x"]}} are the same, and either matches the
 * event {"detail": {"state": "x"}} or {"detail.state": "x"}. Patterns are rewritten into nested
 * form once, while compiling; events are read through `eventField`, which sees dotted keys too.
 */
import { isRecord } from './pattern-format';
import { PatternError } from './pattern-operators';

type Obj = Record<string, unknown>;

/**
 * Whether a key spells a nested path: it has a dot and no empty part. Keys such as "." or "a..b"
 * stay plain names (a nested form could not hold both "" and "." at one level).
 */
function splittable(key: string): boolean {
  return key.includes('.') && !key.split('.').includes('');
}

/** Set a key even when it is "__proto__": it stays an ordinary field. */
function put(o: Obj, key: string, value: unknown): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The pattern with every dotted key turned into nested keys; the same object when it has none. */
export function expandDottedKeys(pattern: unknown, path = '', depth = 0): unknown {
  if (!isRecord(pattern) || depth > 200) return pattern;
  const keys = Object.keys(pattern);
  let changed = false;
  const out: Obj = {};
  for (const key of keys) {
    let value = pattern[key];
    if (key === '$or' && Array.isArray(value)) {
      const branches = value.map((b) => expandDottedKeys(b, path, depth + 1));
      if (branches.some((b, i) => b !== (value as unknown[])[i])) {
        changed = true;
        value = branches;
      }
    } else if (isRecord(value)) {
      const inner = expandDottedKeys(value, path === '' ? key : `${path}.${key}`, depth + 1);
      if (inner !== value) changed = true;
      value = inner;
    }
    if (key === '$or' || !splittable(key)) {
      merge(out, [key], value, path);
      continue;
    }
    changed = true;
    merge(out, key.split('.'), value, path);
  }
  return changed ? out : pattern;
}

/** Put `value` at the nested path `segments` of `target`, merging objects that meet. */
function merge(target: Obj, segments: readonly string[], value: unknown, path: string): void {
  const [head = '', ...rest] = segments;
  const here = path === '' ? head : `${path}.${head}`;
  if (rest.length === 0) {
    if (!Object.hasOwn(target, head)) return put(target, head, value);
    const existing = target[head];
    if (isRecord(existing) && isRecord(value)) {
      for (const k of Object.keys(value)) merge(existing, [k], value[k], here);
      return;
    }
    if (isRecord(existing) || isRecord(value)) throw parentAndValue(here);
    throw new PatternError(
      `${here}: this field is given twice (as a dotted name and as nested fields); give it once`,
    );
  }
  if (!Object.hasOwn(target, head)) put(target, head, {});
  const next = target[head];
  if (!isRecord(next)) throw parentAndValue(here);
  merge(next, rest, value, here);
}

/**
 * A dotted name can make one field both a value to match and the parent of nested fields
 * ({"a": [1], "a.b": [2]}). EventBridge's flat paths allow it; the simulator's nested patterns
 * cannot hold both at one key, so it refuses the pattern rather than match it wrongly.
 */
function parentAndValue(here: string): PatternError {
  return new PatternError(
    `${here}: this field is matched as a value and, through a dotted name, also has nested fields; the simulator cannot match one field both ways, so match either the value or the nested fields`,
  );
}

const dotted = new WeakMap<object, boolean>();

function hasDottedKey(obj: Obj): boolean {
  let known = dotted.get(obj);
  if (known === undefined) {
    known = Object.keys(obj).some(splittable);
    dotted.set(obj, known);
  }
  return known;
}

/**
 * The event's value for `key` in `obj`, counting dotted keys: with {"a.b": 1}, the field "a" is
 * {"b": 1}. When both spellings hold values, the field holds them all, as an array does.
 */
export function eventField(obj: Obj | undefined, key: string): unknown {
  if (obj === undefined) return undefined;
  const direct = Object.hasOwn(obj, key) ? obj[key] : undefined;
  if (!hasDottedKey(obj)) return direct;
  const prefix = `${key}.`;
  let sub: Obj | undefined;
  for (const k of Object.keys(obj)) {
    if (k.startsWith(prefix) && splittable(k)) put((sub ??= {}), k.slice(prefix.length), obj[k]);
  }
  if (sub === undefined) return direct;
  if (direct === undefined) return sub;
  if (!isRecord(direct)) return [direct, sub];
  const both: Obj = {};
  for (const k of Object.keys(direct)) put(both, k, direct[k]);
  for (const k of Object.keys(sub))
    put(both, k, Object.hasOwn(both, k) ? [both[k], sub[k]] : sub[k]);
  return both;
}
