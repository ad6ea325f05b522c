import { create } from 'zustand';
import {
  readProgress,
  withStep,
  writeProgress,
  type ProgressMap,
  type StorageLike,
} from '../../lessons/progress';

/** localStorage, or a stand-in that refuses, when the browser does not allow it. */
function storage(): StorageLike {
  try {
    if (window.localStorage) return window.localStorage;
  } catch {
    // Reading the property itself can throw; fall through.
  }
  const refuse = (): never => {
    throw new Error('no local storage');
  };
  return { getItem: refuse, setItem: refuse };
}

interface ProgressState {
  readonly progress: ProgressMap;
  /** Why saved progress was not used, shown once on the lessons page; else null. */
  readonly problem: string | null;
}

export const useLessonProgress = create<ProgressState>(() => readProgress(storage()));

/** Record a step reached (0-based), or the lesson finished, and save it. */
export function recordProgress(id: string, step: number, finished = false): void {
  const progress = withStep(useLessonProgress.getState().progress, id, step, finished);
  useLessonProgress.setState({ progress });
  writeProgress(storage(), progress);
}

/** Read again from storage (tests, another tab's changes). */
export function reloadProgress(): void {
  useLessonProgress.setState(readProgress(storage()));
}
