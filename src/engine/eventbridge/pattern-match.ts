/**
 * Matching a compiled pattern against an event, and explaining a failed match.
 *
 * Event arrays follow EventBridge: a leaf matches when ANY of the array's values matches, and a
 * nested pattern object matches when ANY object element matches it as a whole (fields of one
 * pattern object are never satisfied by different elements). Nested arrays are flattened.
 * "exists" only sees leaf values: a field holding an object or an empty array does not exist.
 */
import { isRecord, isScalar, preview, valuesPhrase, type Scalar } from './pattern-format';
import { eventField } from './pattern-dotted';
import type { LeafNode, ObjectNode } from './pattern-types';

export interface MatchFailure {
  /** Key path in the pattern, e.g. "detail.state" or "detail.$or[1].count". */
  path: string;
  /** The operator that failed: "equals" for plain values, else the operator name. */
  operator: string;
  reason: string;
}

type Obj = Record<string, unknown>;

/** A field of the event; a dotted key ("detail.state") counts as the nested path it spells. */
function field(obj: Obj | undefined, key: string): unknown {
  return eventField(obj, key);
}

/**
 * Visits the non-array elements of a (possibly nested) array until visit returns true. Uses an
 * explicit stack, and remembers arrays already seen, so deep or cyclic arrays are safe.
 */
function someElement(arr: readonly unknown[], visit: (el: unknown) => boolean): boolean {
  let pending: (readonly unknown[])[] | undefined;
  let seen: Set<readonly unknown[]> | undefined;
  let current: readonly unknown[] | undefined = arr;
  while (current !== undefined) {
    for (const el of current) {
      if (!Array.isArray(el)) {
        if (visit(el)) return true;
      } else {
        seen ??= new Set([arr]);
        if (!seen.has(el)) {
          seen.add(el);
          (pending ??= []).push(el);
        }
      }
    }
    current = pending?.pop();
  }
  return false;
}

// ---- matching ----

export function matchNode(node: ObjectNode, value: unknown): boolean {
  if (!Array.isArray(value)) return matchFields(node, isRecord(value) ? value : undefined);
  let sawObject = false;
  const hit = someElement(value, (el) => {
    if (!isRecord(el)) return false;
    sawObject = true;
    return matchFields(node, el);
  });
  // An array without objects holds nothing at this level: every field is absent.
  return hit || (!sawObject && matchFields(node, undefined));
}

export function matchFields(node: ObjectNode, obj: Obj | undefined): boolean {
  for (const leaf of node.leaves) {
    if (!matchLeaf(leaf, field(obj, leaf.key))) return false;
  }
  for (const child of node.children) {
    if (!matchNode(child.node, field(obj, child.key))) return false;
  }
  for (const or of node.ors) {
    let any = false;
    for (const branch of or.branches) {
      if (matchFields(branch, obj)) {
        any = true;
        break;
      }
    }
    if (!any) return false;
  }
  return true;
}

function testValue(leaf: LeafNode, v: Scalar): boolean {
  if (leaf.exact !== null && leaf.exact.has(v)) return true;
  for (const t of leaf.tests) {
    if (t.test(v)) return true;
  }
  return false;
}

function matchLeaf(leaf: LeafNode, ev: unknown): boolean {
  if (ev === undefined) return leaf.existsFalse;
  if (isScalar(ev)) return leaf.existsTrue || testValue(leaf, ev);
  if (!Array.isArray(ev)) return leaf.existsFalse; // an object is not a leaf value
  let found = false;
  const hit = someElement(ev, (el) => {
    if (!isScalar(el)) return false;
    found = true;
    return leaf.existsTrue || testValue(leaf, el);
  });
  return hit || (!found && leaf.existsFalse);
}

// ---- explaining ----

/** Like matchNode, and on failure appends why to out. */
export function explainNode(node: ObjectNode, value: unknown, out: MatchFailure[]): boolean {
  if (!Array.isArray(value)) return explainFields(node, isRecord(value) ? value : undefined, out);
  let best: MatchFailure[] | undefined;
  const hit = someElement(value, (el) => {
    if (!isRecord(el)) return false;
    const failures: MatchFailure[] = [];
    if (explainFields(node, el, failures)) return true;
    if (best === undefined || failures.length < best.length) best = failures;
    return false;
  });
  if (hit) return true;
  // Report the element that came closest; with no object elements every field is absent.
  if (best === undefined) return explainFields(node, undefined, out);
  out.push(...best);
  return false;
}

function explainFields(node: ObjectNode, obj: Obj | undefined, out: MatchFailure[]): boolean {
  let ok = true;
  for (const entry of node.entries) {
    if (entry.kind === 'leaf') {
      if (!explainLeaf(entry.leaf, field(obj, entry.leaf.key), out)) ok = false;
    } else if (entry.kind === 'child') {
      if (!explainNode(entry.child.node, field(obj, entry.child.key), out)) ok = false;
    } else {
      // Every branch failed, so every branch's failures are reported.
      const failures: MatchFailure[] = [];
      let any = false;
      for (const branch of entry.or.branches) {
        if (explainFields(branch, obj, failures)) {
          any = true;
          break;
        }
      }
      if (!any) {
        ok = false;
        out.push(...failures);
      }
    }
  }
  return ok;
}

function leafValues(ev: unknown): Scalar[] {
  if (ev === undefined) return [];
  if (isScalar(ev)) return [ev];
  const values: Scalar[] = [];
  if (Array.isArray(ev)) {
    someElement(ev, (el) => {
      if (isScalar(el)) values.push(el);
      return false;
    });
  }
  return values;
}

function absentReason(ev: unknown): string {
  if (ev === undefined) return 'field is missing';
  if (Array.isArray(ev)) return 'field is an array with no values (empty, or only objects)';
  return 'field is an object, not a value';
}

function explainLeaf(leaf: LeafNode, ev: unknown, out: MatchFailure[]): boolean {
  if (matchLeaf(leaf, ev)) return true;
  const values = leafValues(ev);
  const absent = values.length === 0 ? absentReason(ev) : null;
  for (const alt of leaf.alternatives) {
    const path = leaf.path;
    if (alt.kind === 'equals') {
      out.push({
        path,
        operator: 'equals',
        reason: absent ?? equalsReason(leaf.exactValues, values),
      });
    } else if (alt.kind === 'test') {
      out.push({ path, operator: alt.test.operator, reason: absent ?? alt.test.why(values) });
    } else {
      // exists:true only fails when absent, exists:false only when present.
      const reason = alt.exists ? (absent ?? '') : `field exists with ${valuesPhrase(values)}`;
      out.push({ path, operator: 'exists', reason });
    }
  }
  return false;
}

function equalsReason(expected: readonly Scalar[], values: readonly Scalar[]): string {
  const target =
    expected.length === 1
      ? preview(expected[0])
      : `any of ${expected.slice(0, 5).map(preview).join(', ')}${expected.length > 5 ? ', …' : ''}`;
  return `${valuesPhrase(values)} ${values.length === 1 ? 'is' : 'are'} not ${target}`;
}
