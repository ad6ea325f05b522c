import { withoutParams } from '../nav/query-text';

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
  return `${loc.pathname}${withoutParams(loc.search, [PARAM])}${loc.hash}`;
}
