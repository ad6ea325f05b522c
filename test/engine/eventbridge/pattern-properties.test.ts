import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compilePattern,
  explainMatch,
  matchPattern,
  validatePattern,
  type Pattern,
} from '../../../src/engine/eventbridge/pattern';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 500);

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

// ---- arbitraries ----

/** Keys for events; "$or" is left out because in a pattern it is an operator, not a field. */
const eventKey = fc.oneof(
  fc.constantFrom('source', 'detail', 'state', 'count', 'ip', 'a', 'b', '__proto__', 'constructor'),
  fc.string({ maxLength: 6 }).filter((k) => k !== '$or'),
);

const scalar = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);

/** Events of nested objects whose leaves are scalars or arrays of scalars. */
const eventArb: fc.Arbitrary<Record<string, Json>> = fc.letrec<{
  obj: Record<string, Json>;
  value: Json;
}>((tie) => ({
  obj: fc.dictionary(eventKey, tie('value'), { maxKeys: 5 }) as fc.Arbitrary<Record<string, Json>>,
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(scalar, { maxLength: 4 }),
    tie('obj'),
  ),
})).obj;

/** Numbers EventBridge can compare: within ±5e9 with at most 6 decimals. */
const comparable = fc
  .integer({ min: -5_000_000, max: 5_000_000 })
  .chain((n) => fc.constantFrom(n, n / 1000, n * 1000));

const patternKey = fc.constantFrom('source', 'detail', 'state', 'count', 'ip', 'a', 'b');
// Pattern text and event values share a small vocabulary so that matches are common.
const words = ['', 'a', 'A', 'x', 'us-', 'us-east-1', '10.0.0.7', '2001:db8::1', 'a.png'];
const text = fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 4 }));
const nearScalar = fc.oneof(
  fc.constantFrom<Json>(...words, 0, 1, 0.5, -1, 1e10, true, false, null),
  scalar,
);

/** Events over the pattern keys and vocabulary, which often (but not always) match. */
const nearEventArb: fc.Arbitrary<Record<string, Json>> = fc.letrec<{
  obj: Record<string, Json>;
  value: Json;
}>((tie) => ({
  obj: fc.dictionary(patternKey, tie('value'), { maxKeys: 5 }) as fc.Arbitrary<
    Record<string, Json>
  >,
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    nearScalar,
    fc.array(nearScalar, { maxLength: 3 }),
    tie('obj'),
    fc.array(tie('obj'), { minLength: 1, maxLength: 2 }),
  ),
})).obj;
const anyEventArb = fc.oneof(eventArb, nearEventArb);

/** One alternative of a leaf array, covering every operator. */
const alternative: fc.Arbitrary<Json> = fc.oneof(
  scalar,
  text.map((s) => ({ prefix: s })),
  text.map((s) => ({ suffix: { 'equals-ignore-case': s } })),
  text.map((s) => ({ 'equals-ignore-case': s })),
  fc.oneof(text, comparable).map((v) => ({ 'anything-but': v })),
  fc.array(text, { minLength: 1, maxLength: 3 }).map((l) => ({ 'anything-but': l })),
  fc
    .array(
      text.filter((s) => s !== ''),
      { minLength: 1, maxLength: 2 },
    )
    .map((l) => ({ 'anything-but': { prefix: l } })),
  text.map((s) => ({ 'anything-but': { wildcard: `*${s.replace(/[*\\]/g, '') || 'x'}*` } })),
  fc
    .tuple(comparable, comparable)
    .filter(([x, y]) => x !== y)
    .map(([x, y]) => ({ numeric: ['>', Math.min(x, y), '<=', Math.max(x, y)] })),
  comparable.map((n) => ({ numeric: ['=', n] })),
  fc.boolean().map((b) => ({ exists: b })),
  text.map((s) => ({ wildcard: `${s.replace(/[*\\]/g, '')}*` })),
  fc.constantFrom('10.0.0.0/8', '2001:db8::/32', '0.0.0.0/0').map((c) => ({ cidr: c })),
);

/** Valid patterns over a small key set, with nested objects and $or. */
const patternArb: fc.Arbitrary<Pattern> = fc.letrec<{ obj: Record<string, Json>; field: Json }>(
  (tie) => ({
    obj: fc
      .tuple(
        fc.dictionary(patternKey, tie('field'), { minKeys: 1, maxKeys: 3 }),
        fc.option(fc.array(tie('obj'), { minLength: 2, maxLength: 3 }), {
          freq: 3,
          maxDepth: 2,
          depthIdentifier: 'pattern',
        }),
      )
      .map(([fields, or]) => (or === null ? fields : { ...fields, $or: or })),
    // A shared depth budget keeps nested objects and $or small enough for the 1000-combination quota.
    field: fc.oneof(
      { maxDepth: 3, depthIdentifier: 'pattern', withCrossShrink: true },
      fc.array(alternative, { minLength: 1, maxLength: 3 }),
      tie('obj'),
    ),
  }),
).obj as fc.Arbitrary<Pattern>;

/** A pattern that lists every leaf value of the event (each scalar wrapped in an array). */
function patternFromEvent(event: Record<string, Json>): Record<string, Json> | null {
  const out: Record<string, Json> = {};
  for (const key of Object.keys(event)) {
    const v = event[key]!;
    let p: Json | null;
    if (Array.isArray(v)) p = v.length > 0 ? v : null;
    else if (typeof v === 'object' && v !== null) p = patternFromEvent(v);
    else p = [v];
    if (p !== null) Object.defineProperty(out, key, { value: p, enumerable: true, writable: true });
  }
  return Object.keys(out).length > 0 ? out : null;
}

/**
 * Whether the pattern's fields, read as EventBridge reads them (a dotted key is the nested path it
 * spells), are each given once and none is both a value and a parent: the only patterns of this
 * shape that are valid. Events with keys such as "a.b" beside "a" yield the others.
 */
function fieldsAreDistinct(pattern: Record<string, Json>): boolean {
  const paths: string[][] = [];
  const walk = (o: Record<string, Json>, at: string[]) => {
    for (const key of Object.keys(o)) {
      const split = key.includes('.') && !key.split('.').includes('') ? key.split('.') : [key];
      const v = o[key]!;
      if (typeof v === 'object' && v !== null && !Array.isArray(v)) walk(v, [...at, ...split]);
      else paths.push([...at, ...split]);
    }
  };
  walk(pattern, []);
  const isPrefix = (a: string[], b: string[]) =>
    a.length <= b.length && a.every((s, i) => s === b[i]);
  return paths.every((a, i) => paths.every((b, j) => i === j || !isPrefix(a, b)));
}

/** Every key used anywhere in the pattern. */
function keysOf(v: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(v)) v.forEach((x) => keysOf(x, into));
  else if (typeof v === 'object' && v !== null) {
    for (const k of Object.keys(v)) {
      into.add(k);
      keysOf((v as Record<string, unknown>)[k], into);
    }
  }
  return into;
}

/** Paths of the event's objects (the root included), as key lists. */
function objectPaths(v: Json, path: string[] = [], into: string[][] = []): string[][] {
  if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
    into.push(path);
    for (const k of Object.keys(v)) objectPaths(v[k]!, [...path, k], into);
  }
  return into;
}

/** A deep copy of the event with one more field at the given object path. */
function withField(event: Json, path: readonly string[], key: string, value: Json): Json {
  const copy = structuredClone(event) as Record<string, Json>;
  let target = copy;
  for (const k of path) target = target[k] as Record<string, Json>;
  Object.defineProperty(target, key, { value, enumerable: true, writable: true });
  return copy;
}

// ---- properties ----

describe('pattern properties', () => {
  it('never throws on arbitrary JSON patterns and events', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (pattern, event) => {
        expect(typeof matchPattern(pattern, event)).toBe('boolean');
        expect(typeof validatePattern(pattern).ok).toBe('boolean');
        const explained = explainMatch(pattern, event);
        expect(explained.matched).toBe(matchPattern(pattern, event));
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws on arbitrary pattern text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), fc.jsonValue(), (pattern, event) => {
        expect(typeof matchPattern(pattern, event)).toBe('boolean');
        expect(typeof validatePattern(pattern).ok).toBe('boolean');
      }),
      { numRuns: RUNS },
    );
  });

  it('a pattern built from an event’s own leaf values matches that event', () => {
    fc.assert(
      fc.property(eventArb, (event) => {
        const pattern = patternFromEvent(event);
        fc.pre(pattern !== null && fieldsAreDistinct(pattern));
        expect(validatePattern(pattern)).toEqual({ ok: true });
        expect(matchPattern(pattern, event)).toBe(true);
        expect(matchPattern(JSON.stringify(pattern), JSON.stringify(event))).toBe(true);
        expect(explainMatch(pattern, event)).toEqual({ matched: true, failures: [] });
      }),
      { numRuns: RUNS },
    );
  });

  it('generated patterns are valid, and explainMatch agrees with matchPattern', () => {
    fc.assert(
      fc.property(patternArb, anyEventArb, (pattern, event) => {
        const compiled = compilePattern(pattern);
        if (!compiled.ok) throw new Error(compiled.error);
        const matched = compiled.match(event);
        const explained = compiled.explain(event);
        expect(explained.matched).toBe(matched);
        expect(explained.failures.length === 0).toBe(matched);
      }),
      { numRuns: RUNS },
    );
  });

  it('an event array matches a leaf exactly when one of its values does', () => {
    fc.assert(
      fc.property(
        fc.array(alternative, { minLength: 1, maxLength: 3 }),
        fc.array(nearScalar, { minLength: 1, maxLength: 4 }),
        (alternatives, values) => {
          const compiled = compilePattern({ f: alternatives });
          if (!compiled.ok) throw new Error(compiled.error);
          const each = values.map((v) => compiled.match({ f: v }));
          const whole = compiled.match({ f: values });
          expect(whole).toBe(each.some(Boolean));
          const explained = compiled.explain({ f: values });
          expect(explained.matched).toBe(whole);
          expect(explained.failures.length === 0).toBe(whole);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('adding a field the pattern does not mention never changes the result', () => {
    fc.assert(
      fc.property(
        patternArb,
        anyEventArb,
        fc.nat(),
        fc.string({ maxLength: 6 }),
        fc.oneof(scalar, eventArb as fc.Arbitrary<Json>),
        (pattern, event, pick, key, value) => {
          fc.pre(!keysOf(pattern).has(key));
          const paths = objectPaths(event);
          const path = paths[pick % paths.length]!;
          const before = matchPattern(pattern, event);
          expect(matchPattern(pattern, withField(event, path, key, value))).toBe(before);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('[v] and {"anything-but": [v]} never both match the same present value', () => {
    const excluded = fc.oneof(fc.string({ maxLength: 4 }), comparable);
    const present = fc.oneof(scalar, excluded);
    fc.assert(
      fc.property(excluded, present, fc.boolean(), (v, value, sameValue) => {
        const e = { f: sameValue ? v : value };
        const plain = matchPattern({ f: [v] }, e);
        const but = matchPattern({ f: [{ 'anything-but': [v] }] }, e);
        expect(plain && but).toBe(false);
        // and for a single present scalar exactly one of them matches
        expect(plain || but).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
