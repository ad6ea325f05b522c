import { useCallback, useEffect, useRef, useState } from 'react';
import { toolFromSearch } from '../nav/route';
import { useDebouncedValue } from '../tools/useDebouncedValue';
import {
  readReferenceQuery,
  withoutReferenceQuery,
  writeReferenceQuery,
  type ReferenceQuery,
} from './reference-query';

/** Typing waits this long before the address bar follows, so history is not rewritten per key. */
const SEARCH_TO_URL_MS = 300;

/** Put our parameters into the current history entry, without adding one or touching the rest. */
function replaceQuery(next: (search: string) => string): void {
  const { pathname, search, hash } = window.location;
  const updated = next(search);
  if (updated === search) return;
  window.history.replaceState(window.history.state, '', `${pathname}${updated}${hash}`);
}

export interface ReferenceQueryControls {
  readonly query: ReferenceQuery;
  update(change: Partial<ReferenceQuery>): void;
  /** Write the state to the URL now (the search box's text included), e.g. when it loses focus. */
  commit(): void;
}

/**
 * The page's search, filters and open rows, read from the URL on arrival and written back with
 * replaceState as they change: a filter is not a place to go Back to, but it must survive a reload
 * and travel in a shared link.
 */
export function useReferenceQuery(knownIds: readonly string[]): ReferenceQueryControls {
  const [query, setQuery] = useState(() => readReferenceQuery(window.location.search, knownIds));
  const settledQ = useDebouncedValue(query.q, SEARCH_TO_URL_MS);
  const latest = useRef(query);

  useEffect(() => {
    latest.current = query;
  }, [query]);

  useEffect(() => {
    replaceQuery((search) =>
      writeReferenceQuery(search, {
        model: query.model,
        flow: query.flow,
        open: query.open,
        q: settledQ,
      }),
    );
  }, [query.model, query.flow, query.open, settledQ]);

  // Back or Forward onto another entry of this page brings that entry's state with it.
  useEffect(() => {
    const onPop = () => {
      if (toolFromSearch(window.location.search) !== 'reference') return;
      setQuery(readReferenceQuery(window.location.search, knownIds));
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [knownIds]);

  // Leaving for another tool: that page's address should not carry our parameters. The entry we
  // leave keeps them, so Back returns to the same filtered view.
  useEffect(
    () => () => {
      if (toolFromSearch(window.location.search) !== 'reference') {
        replaceQuery(withoutReferenceQuery);
      }
    },
    [],
  );

  const update = useCallback((change: Partial<ReferenceQuery>) => {
    setQuery((q) => ({ ...q, ...change }));
  }, []);
  const commit = useCallback(() => {
    replaceQuery((search) => writeReferenceQuery(search, latest.current));
  }, []);
  return { query, update, commit };
}
