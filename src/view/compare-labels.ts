/**
 * Titles for the two sides of a comparison the person made themselves: what differs between the
 * two scenario documents, in a few words ("reservedConcurrency 3" / "reservedConcurrency 10").
 */

export interface SideLabels {
  readonly a: string;
  readonly b: string;
}

interface Change {
  readonly path: readonly string[];
  readonly a: unknown;
  readonly b: unknown;
}

/** Fields that name or describe a document without changing what it does. */
const IGNORED = new Set(['name', 'description', 'label']);

/** At most this many changes are named; beyond, the title counts them. */
const NAMED = 2;

export function sideLabels(a: unknown, b: unknown): SideLabels {
  const changes: Change[] = [];
  collect(a, b, [], changes);
  if (changes.length === 0) return { a: 'as it is', b: 'the same, until you edit it' };
  const shown = changes.slice(0, NAMED);
  const more = changes.length > NAMED ? ` and ${changes.length - NAMED} more` : '';
  return {
    a: shown.map((c) => `${fieldName(c.path)} ${value(c.a)}`).join(', ') + more,
    b: shown.map((c) => `${fieldName(c.path)} ${value(c.b)}`).join(', ') + more,
  };
}

/** Every leaf that differs, in document order; a list that changed length counts as one change. */
function collect(a: unknown, b: unknown, path: string[], out: Change[]): void {
  if (Object.is(a, b)) return;
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
    a.forEach((x, i) => collect(x, b[i], [...path, String(i)], out));
    return;
  }
  if (isRecord(a) && isRecord(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const k of keys) {
      if (path.length === 0 && IGNORED.has(k)) continue;
      if (IGNORED.has(k) && typeof (a[k] ?? b[k]) === 'string') continue;
      collect(a[k], b[k], [...path, k], out);
    }
    return;
  }
  if (JSON.stringify(a) === JSON.stringify(b)) return;
  out.push({ path, a, b });
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** The last named step of a path: "queues.0.mapping.batchSize" → "batchSize". */
function fieldName(path: readonly string[]): string {
  for (let i = path.length - 1; i >= 0; i--) if (!/^\d+$/.test(path[i]!)) return path[i]!;
  return 'scenario';
}

function value(x: unknown): string {
  if (x === undefined) return 'unset';
  if (Array.isArray(x)) return x.length === 0 ? 'none' : x.map(value).join(', ');
  if (isRecord(x)) {
    const text = JSON.stringify(x);
    return text.length <= 40 ? text : 'set';
  }
  return String(x);
}
