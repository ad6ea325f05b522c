import { lazy, Suspense, type ReactNode } from 'react';
import { ToolErrorBoundary } from '../tools/ToolErrorBoundary';
import { showLesson, useLessonInAddress, useLessonShown } from '../lessons/lesson-address';
import { LessonSlot } from '../lessons/LessonSlot';
import { setAlongside, useAlongside } from './alongside-store';
import './alongside-slot.css';

/**
 * The simulator's side panel slot: the scenario details, or the quiz beside the diagram. The slot
 * loads with the side column (src/ui/stage/closed-panels.tsx); the quiz panel (and the whole
 * bank) is fetched the first time someone opens it.
 */
const AlongsidePanel = lazy(() => import('./AlongsidePanel'));

export function AlongsideSlot({ className, details }: { className: string; details: ReactNode }) {
  const open = useAlongside((s) => s.open);
  // While a lesson runs (?lesson=…), a third choice shows it; the lesson keeps running either way.
  const lesson = useLessonInAddress();
  const lessonShown = useLessonShown((s) => s.shown) && lesson !== null;
  const choose = (quiz: boolean) => {
    showLesson(false);
    setAlongside(quiz);
  };
  return (
    <div className={`alongside-slot ${className}`}>
      <div className="alongside-switch" role="group" aria-label="Side panel shows">
        {lesson !== null && (
          <button type="button" aria-pressed={lessonShown} onClick={() => showLesson(true)}>
            Lesson
          </button>
        )}
        <button type="button" aria-pressed={!lessonShown && !open} onClick={() => choose(false)}>
          Details
        </button>
        <button type="button" aria-pressed={!lessonShown && open} onClick={() => choose(true)}>
          Quiz alongside
        </button>
      </div>
      {lesson !== null && <LessonSlot address={lesson} shown={lessonShown} />}
      {lessonShown ? null : open ? (
        <ToolErrorBoundary title="Quiz">
          <Suspense fallback={<div className="card alongside-loading">Loading the quiz…</div>}>
            <AlongsidePanel />
          </Suspense>
        </ToolErrorBoundary>
      ) : (
        details
      )}
    </div>
  );
}
