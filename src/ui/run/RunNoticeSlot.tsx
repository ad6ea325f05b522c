import { lazy, Suspense } from 'react';
import { useRunJobStore } from '../../store/run-job';

// Only a big scenario needs it: its own chunk.
const RunNotice = lazy(() => import('./RunNotice'));

/** A background run's progress with Cancel, or why a scenario was too big to run. */
export function RunNoticeSlot() {
  const needed = useRunJobStore((s) => s.progress !== null || s.refused !== null);
  if (!needed) return null;
  return (
    <Suspense fallback={null}>
      <RunNotice />
    </Suspense>
  );
}
