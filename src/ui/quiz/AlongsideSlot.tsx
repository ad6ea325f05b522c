import { lazy, Suspense, type ReactNode } from 'react';
import { create } from 'zustand';
import { ToolErrorBoundary } from '../tools/ToolErrorBoundary';
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
  return (
    <div className={`alongside-slot ${className}`}>
      <div className="alongside-switch" role="group" aria-label="Side panel shows">
        <button type="button" aria-pressed={!open} onClick={() => setAlongside(false)}>
          Details
        </button>
        <button type="button" aria-pressed={open} onClick={() => setAlongside(true)}>
          Quiz alongside
        </button>
      </div>
      {open ? (
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
