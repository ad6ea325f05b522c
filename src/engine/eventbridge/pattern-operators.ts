/**
 * Compiles the operator objects of a leaf array ({"prefix": …}, {"numeric": …}, …) into value
 * tests, validating their arguments the way EventBridge does. Errors are thrown as PatternError
 * with the key path in front; compilePattern turns them into { ok: false, error }.
 */
import { cidrContains, parseCidr, parseIp } from './pattern-ip';
import { at, doesNot, isAre, isRecord, preview, valuesPhrase, type Scalar } from './pattern-format';
import type { ValueTest } from './pattern-types';
import { matchWildcard, parseWildcard, type Wildcard } from './pattern-wildcard';

export class PatternError extends Error {}

/** Operators of the EventBridge pattern language (besides plain values and $or). */
export const OPERATORS: readonly string[] = [
  'prefix',
  'suffix',
  'equals-ignore-case',
  'anything-but',
  'numeric',
  'exists',
  'wildcard',
  'cidr',
];

/** Numeric matching is limited to this magnitude and to 6 decimal places (EventBridge quota). */
const NUMERIC_LIMIT = 5e9;
const MAX_FRACTION_DIGITS = 6;

/** A value test, or the boolean of an {"exists": …} operator. */
export type CompiledOperator = ValueTest | boolean;

export function compileOperator(op: Record<string, unknown>, path: string): CompiledOperator {
  const keys = Object.keys(op);
  if (keys.length !== 1) {
    const got =
      keys.length === 0 ? 'none' : `${keys.length} (${keys.map((k) => preview(k)).join(', ')})`;
    throw new PatternError(at(path, `an operator object must have exactly one key, got ${got}`));
  }
  const name = keys[0]!;
  const arg = op[name];
  switch (name) {
    case 'prefix':
    case 'suffix':
      return compileAffix(name, arg, path);
    case 'equals-ignore-case':
      return compileEqualsIgnoreCase(arg, path);
    case 'anything-but':
      return compileAnythingBut(arg, path);
    case 'numeric':
      return compileNumeric(arg, path);
    case 'exists':
      if (typeof arg !== 'boolean') {
        throw new PatternError(at(path, `"exists" needs true or false, got ${preview(arg)}`));
      }
      return arg;
    case 'wildcard':
      return compileWildcard(arg, path);
    case 'cidr':
      return compileCidr(arg, path);
    default: {
      const hint = suggest(name);
      const tail = hint === null ? '' : ` (did you mean "${hint}"?)`;
      throw new PatternError(at(path, `unknown operator ${preview(name)}${tail}`));
    }
  }
}

/** A test that only string values can pass, with the usual "does not …" explanation. */
function stringTest(operator: string, pred: (v: string) => boolean, expect: string): ValueTest {
  return {
    operator,
    test: (v) => typeof v === 'string' && pred(v),
    why: (values) => {
      const strings = values.filter((v) => typeof v === 'string');
      if (strings.length === 0) return notA(values, 'a string', 'strings');
      return `${valuesPhrase(strings)} ${doesNot(strings)} ${expect}`;
    },
  };
}

/** "value 5 is not a string" / "values 5, true are not strings". */
function notA(values: readonly Scalar[], singular: string, plural: string): string {
  return `${valuesPhrase(values)} ${isAre(values)} not ${values.length === 1 ? singular : plural}`;
}

function compileAffix(name: 'prefix' | 'suffix', arg: unknown, path: string): ValueTest {
  const verb = name === 'prefix' ? 'start with' : 'end with';
  if (typeof arg === 'string') {
    const pred =
      name === 'prefix' ? (v: string) => v.startsWith(arg) : (v: string) => v.endsWith(arg);
    return stringTest(name, pred, `${verb} ${preview(arg)}`);
  }
  const folded = ignoreCaseArg(arg);
  if (folded !== null) {
    const lower = folded.toLowerCase();
    const pred =
      name === 'prefix'
        ? (v: string) => v.toLowerCase().startsWith(lower)
        : (v: string) => v.toLowerCase().endsWith(lower);
    return stringTest(name, pred, `${verb} ${preview(folded)} (ignoring case)`);
  }
  throw new PatternError(
    at(path, `"${name}" needs a string or {"equals-ignore-case": "<text>"}, got ${preview(arg)}`),
  );
}

/** The text of {"equals-ignore-case": "<text>"}, or null when arg is not exactly that. */
function ignoreCaseArg(arg: unknown): string | null {
  if (!isRecord(arg)) return null;
  const keys = Object.keys(arg);
  if (keys.length !== 1 || keys[0] !== 'equals-ignore-case') return null;
  const text = arg['equals-ignore-case'];
  return typeof text === 'string' ? text : null;
}

function compileEqualsIgnoreCase(arg: unknown, path: string): ValueTest {
  if (typeof arg !== 'string') {
    throw new PatternError(at(path, `"equals-ignore-case" needs a string, got ${preview(arg)}`));
  }
  const lower = arg.toLowerCase();
  return stringTest(
    'equals-ignore-case',
    (v) => v.toLowerCase() === lower,
    `equal ${preview(arg)} (ignoring case)`,
  );
}

function compileWildcard(arg: unknown, path: string): ValueTest {
  if (typeof arg !== 'string') {
    throw new PatternError(at(path, `"wildcard" needs a string, got ${preview(arg)}`));
  }
  const w = wildcardOrThrow('"wildcard"', arg, path);
  return stringTest('wildcard', (v) => matchWildcard(w, v), `match wildcard ${preview(arg)}`);
}

function wildcardOrThrow(label: string, text: string, path: string): Wildcard {
  const w = parseWildcard(text);
  if (typeof w === 'string') throw new PatternError(at(path, `${label} ${preview(text)}: ${w}`));
  return w;
}

function compileCidr(arg: unknown, path: string): ValueTest {
  if (typeof arg !== 'string') {
    throw new PatternError(
      at(path, `"cidr" needs a string like "10.0.0.0/24", got ${preview(arg)}`),
    );
  }
  const range = parseCidr(arg);
  if (typeof range === 'string')
    throw new PatternError(at(path, `"cidr" ${preview(arg)}: ${range}`));
  return {
    operator: 'cidr',
    test: (v) => {
      if (typeof v !== 'string') return false;
      const ip = parseIp(v);
      return ip !== null && cidrContains(range, ip.groups);
    },
    why: (values) => {
      const strings = values.filter((v) => typeof v === 'string');
      if (strings.length === 0) return notA(values, 'a string', 'strings');
      const ips = strings.filter((v) => parseIp(v) !== null);
      if (ips.length === 0) return notA(strings, 'an IP address', 'IP addresses');
      return `${valuesPhrase(ips)} ${isAre(ips)} not in ${arg}`;
    },
  };
}

// ---- numbers ----

/** Digits after the decimal point of the shortest text that round-trips n (handles 1.5e-7). */
function fractionDigits(n: number): number {
  const text = String(Math.abs(n));
  const e = text.indexOf('e');
  const mantissa = e === -1 ? text : text.slice(0, e);
  const exponent = e === -1 ? 0 : Number(text.slice(e + 1));
  const dot = mantissa.indexOf('.');
  const digits = dot === -1 ? 0 : mantissa.length - dot - 1;
  return Math.max(0, digits - exponent);
}

function checkComparable(label: string, n: number, path: string): void {
  if (!Number.isFinite(n))
    throw new PatternError(at(path, `${label} value ${n} is not a finite number`));
  if (n < -NUMERIC_LIMIT || n > NUMERIC_LIMIT) {
    throw new PatternError(
      at(path, `${label} value ${preview(n)} is outside the supported range -5e9 to 5e9`),
    );
  }
  if (fractionDigits(n) > MAX_FRACTION_DIGITS) {
    throw new PatternError(
      at(path, `${label} value ${preview(n)} has more than 6 digits after the decimal point`),
    );
  }
}

function inNumericRange(v: number): boolean {
  return v >= -NUMERIC_LIMIT && v <= NUMERIC_LIMIT;
}

const COMPARISONS = new Set(['=', '<', '<=', '>', '>=']);

function compileNumeric(arg: unknown, path: string): ValueTest {
  if (!Array.isArray(arg)) {
    throw new PatternError(
      at(path, `"numeric" needs an array like [">", 0, "<=", 5], got ${preview(arg)}`),
    );
  }
  const got = arg.length === 0 ? 'an empty array' : arg.map((x) => preview(x)).join(', ');
  const shapeError = () =>
    new PatternError(at(path, `"numeric" needs an operator followed by a number, got ${got}`));
  if (arg.length > 4) {
    throw new PatternError(
      at(path, `"numeric" takes one comparison or a range of two, got ${got}`),
    );
  }
  if (arg.length === 0 || arg.length % 2 !== 0) throw shapeError();
  const ops: string[] = [];
  const nums: number[] = [];
  for (let i = 0; i < arg.length; i += 2) {
    const op: unknown = arg[i];
    const n: unknown = arg[i + 1];
    if (typeof op !== 'string' || typeof n !== 'number') throw shapeError();
    if (op === '!=') {
      throw new PatternError(
        at(path, `"numeric" has no "!=" operator; use {"anything-but": ${preview(n)}} instead`),
      );
    }
    if (!COMPARISONS.has(op)) {
      throw new PatternError(
        at(path, `"numeric" operator must be one of "=", "<", "<=", ">", ">=", got ${preview(op)}`),
      );
    }
    checkComparable('"numeric"', n, path);
    ops.push(op);
    nums.push(n);
  }
  const op0 = ops[0]!;
  const n0 = nums[0]!;
  if (ops.length === 1) return numericTest(op0, n0, undefined, undefined);
  const op1 = ops[1]!;
  const n1 = nums[1]!;
  if ((op0 !== '>' && op0 !== '>=') || (op1 !== '<' && op1 !== '<=')) {
    throw new PatternError(
      at(
        path,
        `"numeric" range must be a lower bound (> or >=) followed by an upper bound (< or <=), got ${preview(op0)} then ${preview(op1)}`,
      ),
    );
  }
  if (n0 >= n1) {
    throw new PatternError(
      at(
        path,
        `"numeric" range is empty: lower bound ${preview(n0)} must be less than upper bound ${preview(n1)}`,
      ),
    );
  }
  return numericTest(op0, n0, op1, n1);
}

function compare(op: string, v: number, n: number): boolean {
  switch (op) {
    case '=':
      return v === n;
    case '<':
      return v < n;
    case '<=':
      return v <= n;
    case '>':
      return v > n;
    default:
      return v >= n;
  }
}

function numericTest(
  op0: string,
  n0: number,
  op1: string | undefined,
  n1: number | undefined,
): ValueTest {
  const expr =
    op1 === undefined ? `${op0} ${preview(n0)}` : `${op0} ${preview(n0)} and ${op1} ${preview(n1)}`;
  // Event numbers outside ±5e9 cannot be compared by EventBridge, so they never match.
  const test =
    op1 === undefined || n1 === undefined
      ? (v: Scalar) => typeof v === 'number' && inNumericRange(v) && compare(op0, v, n0)
      : (v: Scalar) =>
          typeof v === 'number' && inNumericRange(v) && compare(op0, v, n0) && compare(op1, v, n1);
  return {
    operator: 'numeric',
    test,
    why: (values) => {
      const numbers = values.filter((v) => typeof v === 'number');
      if (numbers.length === 0) return notA(values, 'a number', 'numbers');
      const comparable = numbers.filter(inNumericRange);
      if (comparable.length === 0) {
        return `${valuesPhrase(numbers)} ${isAre(numbers)} outside -5e9 to 5e9, the range numeric matching supports`;
      }
      return `${valuesPhrase(comparable)} ${doesNot(comparable)} satisfy ${expr}`;
    },
  };
}

// ---- anything-but ----

const ANYTHING_BUT_FORMS = ['prefix', 'suffix', 'equals-ignore-case', 'wildcard'];

/**
 * Returns a note on why v is excluded ("" when the excluded value is v itself), or null when v is
 * not excluded. Notes are built once at compile time so matching allocates nothing.
 */
type Exclusion = (v: Scalar) => string | null;

function compileAnythingBut(arg: unknown, path: string): ValueTest {
  const exclusion = anythingButExclusion(arg, path);
  return {
    operator: 'anything-but',
    // Any present value that is not excluded matches, whatever its type: a number is never
    // excluded by a list of strings, and vice versa.
    test: (v) => exclusion(v) === null,
    why: (values) => {
      if (values.length > 1) return `${valuesPhrase(values)} are all excluded`;
      const v = values[0]!;
      return `value ${preview(v)} is excluded${exclusion(v) ?? ''}`;
    },
  };
}

function anythingButExclusion(arg: unknown, path: string): Exclusion {
  if (typeof arg === 'string') return exactExclusion(new Set([arg]), 'string');
  if (typeof arg === 'number') {
    checkComparable('"anything-but"', arg, path);
    return exactExclusion(new Set([arg]), 'number');
  }
  if (Array.isArray(arg)) return listExclusion(arg, path);
  if (isRecord(arg)) return formExclusion(arg, path);
  throw new PatternError(
    at(
      path,
      `"anything-but" needs a string, a number, a list of them, or an object with "prefix", "suffix", "equals-ignore-case" or "wildcard", got ${preview(arg)}`,
    ),
  );
}

function exactExclusion(set: ReadonlySet<Scalar>, kind: 'string' | 'number'): Exclusion {
  return (v) => (typeof v === kind && set.has(v) ? '' : null);
}

function listExclusion(list: readonly unknown[], path: string): Exclusion {
  if (list.length === 0) throw new PatternError(at(path, `"anything-but" list must not be empty`));
  let strings = 0;
  for (const x of list) {
    if (typeof x === 'string') strings++;
    else if (typeof x === 'number') checkComparable('"anything-but"', x, path);
    else {
      throw new PatternError(
        at(path, `"anything-but" list values must be strings or numbers, got ${preview(x)}`),
      );
    }
  }
  if (strings !== 0 && strings !== list.length) {
    throw new PatternError(
      at(path, `"anything-but" list must be all strings or all numbers, not a mix`),
    );
  }
  return exactExclusion(new Set(list as Scalar[]), strings === 0 ? 'number' : 'string');
}

function formExclusion(arg: Record<string, unknown>, path: string): Exclusion {
  const keys = Object.keys(arg);
  const form = keys[0];
  if (keys.length !== 1 || form === undefined || !ANYTHING_BUT_FORMS.includes(form)) {
    throw new PatternError(
      at(
        path,
        `"anything-but" object needs exactly one of "prefix", "suffix", "equals-ignore-case" or "wildcard", got ${preview(arg)}`,
      ),
    );
  }
  const label = `"anything-but"/"${form}"`;
  const texts = formTexts(label, arg[form], path);
  switch (form) {
    case 'prefix':
    case 'suffix': {
      if (texts.includes('')) {
        throw new PatternError(
          at(path, `${label} must not be an empty string (it would exclude every string)`),
        );
      }
      const verb = form === 'prefix' ? 'starts with' : 'ends with';
      const notes = texts.map((t) => ` (it ${verb} ${preview(t)})`);
      return (v) => {
        if (typeof v !== 'string') return null;
        for (let i = 0; i < texts.length; i++) {
          const t = texts[i]!;
          if (form === 'prefix' ? v.startsWith(t) : v.endsWith(t)) return notes[i]!;
        }
        return null;
      };
    }
    case 'equals-ignore-case': {
      const notes = new Map<string, string>();
      for (const t of texts) {
        const lower = t.toLowerCase();
        if (!notes.has(lower)) notes.set(lower, ` (it equals ${preview(t)} ignoring case)`);
      }
      return (v) => (typeof v === 'string' ? (notes.get(v.toLowerCase()) ?? null) : null);
    }
    default: {
      const wildcards = texts.map((t) => wildcardOrThrow(label, t, path));
      const notes = texts.map((t) => ` (it matches wildcard ${preview(t)})`);
      return (v) => {
        if (typeof v !== 'string') return null;
        for (let i = 0; i < wildcards.length; i++) {
          if (matchWildcard(wildcards[i]!, v)) return notes[i]!;
        }
        return null;
      };
    }
  }
}

function formTexts(label: string, value: unknown, path: string): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((x) => typeof x === 'string')) {
    if (value.length === 0) throw new PatternError(at(path, `${label} list must not be empty`));
    return value;
  }
  throw new PatternError(
    at(path, `${label} needs a string or a list of strings, got ${preview(value)}`),
  );
}

// ---- suggestions ----

function suggest(name: string): string | null {
  let best: string | null = null;
  let bestDistance = 3;
  for (const op of OPERATORS) {
    const d = name.toLowerCase() === op ? 0 : editDistance(name, op);
    if (d < bestDistance) {
      best = op;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  // Only short names are worth a suggestion; skip the quadratic work for anything long.
  if (Math.abs(a.length - b.length) > 2 || a.length > 40) return Infinity;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur.push(Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost));
    }
    prev = cur;
  }
  return prev[b.length]!;
}
