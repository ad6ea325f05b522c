import { create } from 'zustand';
import {
  PROGRESS_KEY,
  readProgress,
  withStep,
  writeProgress,
  type ProgressMap,
  type StorageLike,
} from '../../lessons/progress';
import { datedName, reportSave } from '../../store/save-status';

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
  /** An unreadable record is the only copy: nothing is saved over it until the learner chooses. */
  readonly guarded: boolean;
}

function load(): ProgressState {
  const { progress, problem, guarded } = readProgress(storage());
  return { progress, problem, guarded: guarded === true };
}

export const useLessonProgress = create<ProgressState>(load);

const exportFile = () => ({
  filename: datedName('lessons', Date.now()),
  text: JSON.stringify({ version: 1, lessons: useLessonProgress.getState().progress }, null, 2),
});

function save(): void {
  const { progress, guarded } = useLessonProgress.getState();
  if (guarded) {
    reportSave('lessons', {
      message:
        'not saved, because earlier lesson progress could not be read and there was no room to copy it aside; it is kept as it was until you choose on the Lessons page',
      exportFile,
    });
    return;
  }
  const ok = writeProgress(storage(), progress);
  reportSave(
    'lessons',
    ok ? null : { message: 'not saved (the browser refused to store it)', exportFile },
  );
}

/** Record a step reached (0-based), or the lesson finished, and save it. */
export function recordProgress(id: string, step: number, finished = false): void {
  const progress = withStep(useLessonProgress.getState().progress, id, step, finished);
  useLessonProgress.setState({ progress });
  save();
}

/** The unreadable record still under the main key, for "export it". */
export function readUnreadableLessons(): string | null {
  try {
    return storage().getItem(PROGRESS_KEY);
  } catch {
    return null;
  }
}

/** The learner chose to start afresh: lesson progress is saved over the unreadable record. */
export function discardUnreadableLessons(): void {
  useLessonProgress.setState({ guarded: false, problem: null });
  save();
}

/** Read again from storage (tests, another tab's changes). */
export function reloadProgress(): void {
  useLessonProgress.setState(load());
  reportSave('lessons', null);
}
