import { lazy, Suspense, type ReactNode } from 'react';
import { create } from 'zustand';
import { ToolErrorBoundary } from '../tools/ToolErrorBoundary';
import { showLesson, useLessonInAddress, useLessonShown } from '../lessons/lesson-address';
import { LessonSlot } from '../lessons/LessonSlot';
import './alongside-slot.css';

/**
 * The simulator's side panel slot: the scenario details, or the quiz beside the diagram. Only
 * this switch is part of the first load; the quiz panel (and the whole bank) is fetched the
 * first time someone opens it.
 */
const AlongsidePanel = lazy(() => import('./AlongsidePanel'));

const KEY = 'lambda-event-lab:quiz-alongside';

function initiallyOpen(): boolean {
  try {
    return window.sessionStorage.getItem(KEY) === 'open';
  } catch {
    return false;
  }
}

/** Whether the quiz is open beside the diagram; remembered for the browser tab's session. */
export const useAlongside = create<{ readonly open: boolean }>(() => ({ open: initiallyOpen() }));

export function setAlongside(open: boolean): void {
  useAlongside.setState({ open });
  try {
    window.sessionStorage.setItem(KEY, open ? 'open' : 'closed');
  } catch {
    // Not remembered across reloads; the switch still works.
  }
}

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
