/**
 * The embedded view is `?embed=1` with a share link in the fragment. Pure functions over URL
 * text, so they can be tested without a browser.
 */

const PARAM = 'embed';

export function isEmbed(search: string): boolean {
  return new URLSearchParams(search).get(PARAM) === '1';
}

/**
 * The same address without `embed`: the full app at the same link. Other query parameters keep
 * their exact spelling; the fragment is kept as it is.
 */
export function fullAppLocation(loc: { pathname: string; search: string; hash: string }): string {
  const query = loc.search.startsWith('?') ? loc.search.slice(1) : loc.search;
  const kept = query === '' ? [] : query.split('&').filter((p) => p.split('=', 1)[0] !== PARAM);
  return `${loc.pathname}${kept.length > 0 ? `?${kept.join('&')}` : ''}${loc.hash}`;
}
