import { lazy, Suspense, useEffect } from 'react';
import { useLinkStore } from '../../store/link-state';
import { toolFromSearch } from '../nav/route';

// The banner and the question appear only when a link needs them: their own chunk.
const LinkNotices = lazy(() => import('./LinkNotices'));

/**
 * Opens share links from the address and keeps the address showing the current one; says when a
 * link cannot be opened, and asks before a link replaces edited work. `readOnly` (the embedded
 * view) opens links but never writes the address.
 */
export function LinkSync({ readOnly = false }: { readOnly?: boolean }) {
  useEffect(() => {
    // Fetched after the first paint, like everything about links: the first load stays small.
    let stop: (() => void) | undefined;
    let unmounted = false;
    void import('../../store/link-sync').then(({ startLinkSync }) => {
      if (unmounted) return;
      stop = startLinkSync({
        write: !readOnly,
        pushScenarioChanges: () => toolFromSearch(window.location.search) === 'simulator',
      });
    });
    return () => {
      unmounted = true;
      stop?.();
    };
  }, [readOnly]);
  const needed = useLinkStore(
    (s) => s.problem !== null || s.pending !== null || s.note !== null || s.pendingCompare != null,
  );
  if (!needed) return null;
  return (
    <Suspense fallback={null}>
      <LinkNotices />
    </Suspense>
  );
}
