/**
 * Text helpers shared by pattern validation and match explanations: short previews of JSON
 * values and the key paths ("detail.state", `detail["a.b"]`, "detail.$or[1].count") shown to
 * learners.
 */

export type Scalar = string | number | boolean | null;

const PREVIEW_BUDGET = 60;

export function isScalar(v: unknown): v is Scalar {
  return v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function clip(text: string): string {
  return text.length > PREVIEW_BUDGET ? `${text.slice(0, PREVIEW_BUDGET - 1)}…` : text;
}

/** JSON-like text of a value, cut short; bounded in time and depth even for hostile input. */
export function preview(v: unknown): string {
  // A string keeps its closing quote; only the inside is shortened.
  return typeof v === 'string' ? render(v, 0) : clip(render(v, 3));
}

function render(v: unknown, depth: number): string {
  if (typeof v === 'string') return JSON.stringify(clip(v));
  if (typeof v === 'number') return Number.isFinite(v) ? JSON.stringify(v) : String(v);
  if (typeof v === 'boolean' || v === null || v === undefined) return String(v);
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    if (depth === 0) return '[…]';
    const shown = v.slice(0, 4).map((x) => render(x, depth - 1));
    return `[${shown.join(', ')}${v.length > 4 ? ', …' : ''}]`;
  }
  if (isRecord(v)) {
    const keys = Object.keys(v);
    if (keys.length === 0) return '{}';
    if (depth === 0) return '{…}';
    const shown = keys
      .slice(0, 3)
      .map((k) => `${JSON.stringify(clip(k))}: ${render(v[k], depth - 1)}`);
    return `{${shown.join(', ')}${keys.length > 3 ? ', …' : ''}}`;
  }
  return typeof v;
}

/** "value 5" or "values "a", "b"" for the leaf values an event holds at one path. */
export function valuesPhrase(values: readonly unknown[]): string {
  if (values.length === 1) return `value ${preview(values[0])}`;
  const shown = values.slice(0, 5).map(preview).join(', ');
  return `values ${shown}${values.length > 5 ? ', …' : ''}`;
}

/** "does not" / "do not" matching valuesPhrase. */
export function doesNot(values: readonly unknown[]): string {
  return values.length === 1 ? 'does not' : 'do not';
}

export function isAre(values: readonly unknown[]): string {
  return values.length === 1 ? 'is' : 'are';
}

const PLAIN_KEY = /^[\w$-]+$/;

export function joinPath(parent: string, key: string): string {
  if (!PLAIN_KEY.test(key)) return `${parent}[${JSON.stringify(clip(key))}]`;
  return parent === '' ? key : `${parent}.${key}`;
}

export function indexPath(parent: string, index: number): string {
  return `${parent}[${index}]`;
}

/** Prefixes a message with the key path it is about, unless it is about the whole pattern. */
export function at(path: string, message: string): string {
  return path === '' ? message : `${path}: ${message}`;
}
