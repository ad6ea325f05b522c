/**
 * A query string edited as raw text, so that parameters other than the ones being changed keep
 * their exact spelling (URLSearchParams would re-encode them). Pure: testable without a browser.
 */

/** The query's parts as written ("a=1", "b"), without the "?". */
export function queryParts(search: string): string[] {
  const query = search.startsWith('?') ? search.slice(1) : search;
  return query === '' ? [] : query.split('&');
}

/** A part's key, decoded; one with a malformed escape is kept as written. */
export function partKey(part: string): string {
  const key = part.split('=', 1)[0] ?? '';
  try {
    return decodeURIComponent(key.replace(/\+/g, ' '));
  } catch {
    return key;
  }
}

/** Parts back into a query: "?a=1&b", or "" when none are left. */
export function joinQuery(parts: readonly string[]): string {
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** The same query without these keys, every other part as written. */
export function withoutParams(search: string, keys: readonly string[]): string {
  return joinQuery(queryParts(search).filter((p) => !keys.includes(partKey(p))));
}
