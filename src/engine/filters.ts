import { compilePattern } from './eventbridge/pattern';

/** Filters per event source mapping: 5 by default (a quota increase allows 10). */
export const MAX_FILTERS = 5;

export type CompiledFilters =
  | { readonly ok: true; readonly count: number; passes(record: unknown): boolean }
  | { readonly ok: false; readonly index: number; readonly error: string };

/**
 * An event source mapping's FilterCriteria: patterns in the EventBridge language, ORed together,
 * each applied to the whole record (metadata at the top, the body under its source's key). With
 * no filters every record passes.
 */
export function compileFilters(patterns: readonly unknown[], max = MAX_FILTERS): CompiledFilters {
  if (patterns.length > max) {
    return {
      ok: false,
      index: max,
      error: `at most ${max} filters per event source mapping (got ${patterns.length})`,
    };
  }
  const compiled: ((record: unknown) => boolean)[] = [];
  for (let i = 0; i < patterns.length; i++) {
    const c = compilePattern(patterns[i]);
    if (!c.ok) return { ok: false, index: i, error: c.error };
    compiled.push(c.match);
  }
  return {
    ok: true,
    count: compiled.length,
    passes: (record) => compiled.length === 0 || compiled.some((m) => m(record)),
  };
}
