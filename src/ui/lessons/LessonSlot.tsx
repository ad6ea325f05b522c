import { lazy, Suspense } from 'react';
import type { LessonAddress } from '../../lessons/link';
import { ToolErrorBoundary } from '../tools/ToolErrorBoundary';

/**
 * Where a running lesson lives in the simulator. Only this is part of the first load: the lessons,
 * their controller and panel arrive the first time a lesson is opened. The lesson keeps running
 * (stops, narration) while the side panel shows something else; `shown` only hides its panel.
 */
const LessonRuntime = lazy(() => import('./LessonRuntime'));

export function LessonSlot({ address, shown }: { address: LessonAddress; shown: boolean }) {
  return (
    <ToolErrorBoundary title="Lesson">
      <Suspense
        fallback={shown ? <div className="card alongside-loading">Loading the lesson…</div> : null}
      >
        <LessonRuntime key={address.id} address={address} shown={shown} />
      </Suspense>
    </ToolErrorBoundary>
  );
}
