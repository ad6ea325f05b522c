/**
 * Event source mapping filters take only part of the EventBridge pattern language. Lambda's table
 * lists null, empty, equals, and, or, not (anything-but with values), numeric (equals and range),
 * exists / does not exist and begins with (prefix); a pattern using any other operator is refused
 * when the mapping is created. The walk follows a pattern that has already compiled, so its
 * shape is known to be valid.
 */
import { isRecord } from './eventbridge/pattern-format';

export interface UnsupportedOperator {
  /** The operator as written, e.g. "suffix" or "anything-but / prefix". */
  readonly operator: string;
  /** Dotted key path of the field that uses it. */
  readonly path: string;
}

/** What Lambda event filters accept, in plain words, for error messages and help. */
export const FILTER_OPERATORS_TEXT =
  'null, empty (""), equals, and, or ($or), anything-but with values, numeric, exists and prefix';

/** The first operator of `pattern` that Lambda event filters do not accept, or null. */
export function unsupportedFilterOperator(pattern: unknown): UnsupportedOperator | null {
  return isRecord(pattern) ? walkObject(pattern, '') : null;
}

function walkObject(obj: Record<string, unknown>, path: string): UnsupportedOperator | null {
  for (const key of Object.keys(obj)) {
    const value = obj[key];
    if (key === '$or' && Array.isArray(value)) {
      for (const branch of value) {
        const found = isRecord(branch) ? walkObject(branch, path) : null;
        if (found) return found;
      }
      continue;
    }
    const here = path === '' ? key : `${path}.${key}`;
    const found = Array.isArray(value)
      ? walkLeaf(value, here)
      : isRecord(value)
        ? walkObject(value, here)
        : null;
    if (found) return found;
  }
  return null;
}

function walkLeaf(values: readonly unknown[], path: string): UnsupportedOperator | null {
  for (const v of values) {
    if (!isRecord(v)) continue;
    const [name = ''] = Object.keys(v);
    const arg = v[name];
    switch (name) {
      case 'numeric':
      case 'exists':
        continue;
      case 'prefix':
        // {"prefix": {"equals-ignore-case": …}} is the ignore-case form, which filters lack.
        if (typeof arg === 'string') continue;
        return { operator: 'prefix / equals-ignore-case', path };
      case 'anything-but':
        // The "not" of the table: one value or a list of values; not the prefix/suffix/… forms.
        if (!isRecord(arg)) continue;
        return { operator: `anything-but / ${Object.keys(arg)[0] ?? ''}`, path };
      default:
        return { operator: name, path };
    }
  }
  return null;
}
