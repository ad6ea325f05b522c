import { compilePattern } from './eventbridge/pattern';
import { FILTER_OPERATORS_TEXT, unsupportedFilterOperator } from './filter-operators';

/** Filters per event source mapping: 5 by default (a quota increase allows 10). */
export const MAX_FILTERS = 5;
/** The most a quota increase allows. */
export const MAX_FILTERS_RAISED = 10;

export type CompiledFilters =
  | { readonly ok: true; readonly count: number; passes(record: unknown): boolean }
  | { readonly ok: false; readonly index: number; readonly error: string };

/**
 * An event source mapping's FilterCriteria: patterns in the EventBridge language, ORed together,
 * each applied to the whole record (metadata at the top, the body under its source's key). With
 * no filters every record passes. A pattern must be valid and use only the operators Lambda's
 * filters support; `max` is the account's filter quota (5, or 10 after an increase).
 */
export function compileFilters(patterns: readonly unknown[], max = MAX_FILTERS): CompiledFilters {
  if (patterns.length > max) {
    return {
      ok: false,
      index: max,
      error:
        max < MAX_FILTERS_RAISED
          ? `at most ${max} filters per event source mapping (got ${patterns.length}); a quota increase allows up to ${MAX_FILTERS_RAISED}`
          : `at most ${max} filters per event source mapping (got ${patterns.length})`,
    };
  }
  const compiled: ((record: unknown) => boolean)[] = [];
  for (let i = 0; i < patterns.length; i++) {
    const p = patterns[i];
    const c = compilePattern(p);
    if (!c.ok) return { ok: false, index: i, error: `filter ${i + 1}: ${c.error}` };
    const bad = unsupportedFilterOperator(parsed(p));
    if (bad !== null) {
      return {
        ok: false,
        index: i,
        error: `filter ${i + 1} uses "${bad.operator}" at ${bad.path}, which Lambda event filters do not support (they take ${FILTER_OPERATORS_TEXT})`,
      };
    }
    compiled.push(c.match);
  }
  return {
    ok: true,
    count: compiled.length,
    passes: (record) => compiled.length === 0 || compiled.some((m) => m(record)),
  };
}

/** A pattern given as JSON text, parsed (it has already compiled, so it is valid JSON). */
function parsed(pattern: unknown): unknown {
  return typeof pattern === 'string' ? (JSON.parse(pattern) as unknown) : pattern;
}
