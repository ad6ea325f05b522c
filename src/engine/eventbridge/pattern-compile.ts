/**
 * Validates an event pattern and compiles it into an ObjectNode tree in one pass. The walk only
 * follows object nesting, which is capped at MAX_DEPTH, so hostile patterns cannot overflow the
 * stack; keys are read with Object.keys, so "__proto__" and "constructor" are ordinary fields.
 */
import {
  at,
  indexPath,
  isRecord,
  isScalar,
  joinPath,
  preview,
  type Scalar,
} from './pattern-format';
import { expandDottedKeys } from './pattern-dotted';
import { compileOperator, OPERATORS, PatternError } from './pattern-operators';
import type {
  ChildNode,
  Entry,
  LeafAlternative,
  LeafNode,
  ObjectNode,
  OrNode,
  ValueTest,
} from './pattern-types';

/** Deepest object nesting accepted, counting every JSON level ($or arrays included). */
export const MAX_DEPTH = 100;
/** EventBridge quota on the number of $or combinations a pattern expands to. */
export const MAX_OR_COMBINATIONS = 1000;
// Combination counts saturate here, so huge products never become Infinity.
const COUNT_CAP = 1e12;

/** Field names that cannot appear inside $or: EventBridge reserves its operator names there. */
const RESERVED_IN_OR = new Set([...OPERATORS, '=', '<', '<=', '>', '>=']);

interface Compiled {
  readonly node: ObjectNode;
  /** How many plain AND-patterns this object expands to once every $or is multiplied out. */
  readonly combinations: number;
}

/** Compiles a parsed pattern; throws PatternError with the offending key path on any problem. */
export function compileRoot(pattern: unknown): ObjectNode {
  if (!isRecord(pattern)) {
    throw new PatternError(`pattern must be a JSON object, got ${describeKind(pattern)}`);
  }
  // A dotted key names the nested field it spells ("detail.state" is detail → state).
  const expanded = expandDottedKeys(pattern) as Record<string, unknown>;
  const { node, combinations } = compileObject(expanded, '', 1, false);
  if (combinations > MAX_OR_COMBINATIONS) {
    const count = combinations >= COUNT_CAP ? `more than ${COUNT_CAP}` : String(combinations);
    throw new PatternError(
      `pattern expands to ${count} combinations of $or branches; EventBridge allows at most ${MAX_OR_COMBINATIONS}`,
    );
  }
  return node;
}

function describeKind(v: unknown): string {
  if (Array.isArray(v)) return 'an array';
  return preview(v);
}

function multiply(a: number, b: number): number {
  return Math.min(COUNT_CAP, a * b);
}

function compileObject(
  obj: Record<string, unknown>,
  path: string,
  depth: number,
  inOr: boolean,
): Compiled {
  if (depth > MAX_DEPTH) {
    throw new PatternError(`pattern is nested more than ${MAX_DEPTH} levels deep`);
  }
  const keys = Object.keys(obj);
  if (keys.length === 0) {
    throw new PatternError(
      path === '' ? 'pattern must not be an empty object' : `${path}: must not be an empty object`,
    );
  }
  const entries: Entry[] = [];
  const leaves: LeafNode[] = [];
  const children: ChildNode[] = [];
  const ors: OrNode[] = [];
  let combinations = 1;
  for (const key of keys) {
    const value = obj[key];
    if (key === '$or') {
      const orPath = joinPath(path, key);
      const { or, combinations: n } = compileOr(value, orPath, depth);
      entries.push({ kind: 'or', or });
      ors.push(or);
      combinations = multiply(combinations, n);
      continue;
    }
    const fieldPath = joinPath(path, key);
    if (inOr && RESERVED_IN_OR.has(key)) {
      throw new PatternError(
        at(fieldPath, `${preview(key)} is an operator name and cannot be a field name inside $or`),
      );
    }
    if (Array.isArray(value)) {
      const leaf = compileLeaf(key, value, fieldPath);
      entries.push({ kind: 'leaf', leaf });
      leaves.push(leaf);
    } else if (isRecord(value)) {
      const sub = compileObject(value, fieldPath, depth + 1, inOr);
      const child = { key, path: fieldPath, node: sub.node };
      entries.push({ kind: 'child', child });
      children.push(child);
      combinations = multiply(combinations, sub.combinations);
    } else {
      throw new PatternError(
        at(
          fieldPath,
          `must be an array of values to match (or an object of nested fields), got ${preview(value)}`,
        ),
      );
    }
  }
  return { node: { entries, leaves, children, ors }, combinations };
}

function compileOr(
  value: unknown,
  path: string,
  depth: number,
): { or: OrNode; combinations: number } {
  if (!Array.isArray(value) || value.length < 2) {
    const got = Array.isArray(value)
      ? `${value.length} item${value.length === 1 ? '' : 's'}`
      : preview(value);
    throw new PatternError(at(path, `must be an array of at least 2 pattern objects, got ${got}`));
  }
  const branches: ObjectNode[] = [];
  let combinations = 0;
  value.forEach((branch: unknown, i) => {
    const branchPath = indexPath(path, i);
    if (!isRecord(branch)) {
      throw new PatternError(
        at(branchPath, `must be a pattern object, got ${describeKind(branch)}`),
      );
    }
    const compiled = compileObject(branch, branchPath, depth + 2, true);
    branches.push(compiled.node);
    combinations = Math.min(COUNT_CAP, combinations + compiled.combinations);
  });
  return { or: { path, branches }, combinations };
}

function compileLeaf(key: string, values: readonly unknown[], path: string): LeafNode {
  if (values.length === 0) {
    throw new PatternError(at(path, 'must not be an empty array (it could never match)'));
  }
  const exactValues: Scalar[] = [];
  const tests: ValueTest[] = [];
  const alternatives: LeafAlternative[] = [];
  let existsTrue = false;
  let existsFalse = false;
  for (const v of values) {
    if (isScalar(v)) {
      if (typeof v === 'number' && !Number.isFinite(v)) {
        throw new PatternError(at(path, `numbers must be finite, got ${v}`));
      }
      if (exactValues.length === 0) alternatives.push({ kind: 'equals' });
      exactValues.push(v);
    } else if (isRecord(v)) {
      const op = compileOperator(v, path);
      if (typeof op === 'boolean') {
        if (op) existsTrue = true;
        else existsFalse = true;
        alternatives.push({ kind: 'exists', exists: op });
      } else {
        tests.push(op);
        alternatives.push({ kind: 'test', test: op });
      }
    } else {
      throw new PatternError(
        at(
          path,
          `match values must be strings, numbers, booleans, null or operator objects, got ${describeKind(v)}`,
        ),
      );
    }
  }
  return {
    key,
    path,
    // A Set compares with SameValueZero: 300 and "300" stay distinct, 300 and 300.0 are one value.
    exact: exactValues.length === 0 ? null : new Set(exactValues),
    exactValues,
    tests,
    existsTrue,
    existsFalse,
    alternatives,
  };
}
