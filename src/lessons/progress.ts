/**
 * How far the learner got in each lesson, saved in the browser. Anything that cannot be read
 * (hand-edited, another version, a broken write) starts fresh with a note and is kept under a
 * backup key, never thrown at the page. A backup is never overwritten (a second one gets the next
 * numbered key), and when no copy can be made the record is guarded: left where it is, with
 * nothing saved over it until the learner chooses.
 */

export const PROGRESS_KEY = 'lambda-event-lab:lessons';
export const BACKUP_KEY = 'lambda-event-lab:lessons:unreadable';

export interface LessonProgress {
  /** The furthest step reached, counted from 1. */
  readonly reached: number;
  readonly done: boolean;
}

export type ProgressMap = Readonly<Record<string, LessonProgress>>;

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface LoadedProgress {
  readonly progress: ProgressMap;
  /** A sentence for the learner when saved progress could not be used, else null. */
  readonly problem: string | null;
  /** The unreadable record is the only copy, under PROGRESS_KEY: do not save over it. */
  readonly guarded?: true;
}

export function readProgress(storage: StorageLike): LoadedProgress {
  let raw: string | null;
  try {
    raw = storage.getItem(PROGRESS_KEY);
  } catch {
    return { progress: {}, problem: 'This browser does not let the page keep lesson progress.' };
  }
  if (raw === null) return { progress: {}, problem: null };
  const progress = parseProgress(raw);
  if (progress !== null) return { progress, problem: null };
  const backup = keepAside(storage, raw);
  if (backup === null) {
    return {
      progress: {},
      problem:
        'Saved lesson progress could not be read, and there is no room to keep a copy aside, so it is left as it was and lesson progress is not saved until you choose.',
      guarded: true,
    };
  }
  return {
    progress: {},
    problem: `Saved lesson progress could not be read, so lessons start fresh; it is kept under “${backup}” in this browser’s local storage.`,
  };
}

/** Copy an unreadable record to the first backup key that is free (or already holds it). */
function keepAside(storage: StorageLike, raw: string): string | null {
  try {
    for (let n = 1; n < 100; n++) {
      const key = n === 1 ? BACKUP_KEY : `${BACKUP_KEY}-${n}`;
      const existing = storage.getItem(key);
      if (existing === raw) return key;
      if (existing === null) {
        storage.setItem(key, raw);
        return key;
      }
    }
  } catch {
    // Storage full or blocked: the caller guards the record instead.
  }
  return null;
}

function parseProgress(raw: string): ProgressMap | null {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isRecord(data) || data.version !== 1 || !isRecord(data.lessons)) return null;
  // No prototype: a stored "__proto__" id is an ordinary (unknown) key, never the prototype.
  const out: Record<string, LessonProgress> = Object.create(null) as Record<string, LessonProgress>;
  for (const [id, value] of Object.entries(data.lessons)) {
    if (!isRecord(value)) return null;
    const { reached, done } = value;
    if (typeof reached !== 'number' || !Number.isInteger(reached) || reached < 1) return null;
    if (typeof done !== 'boolean') return null;
    out[id] = { reached, done };
  }
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The progress after reaching a step (0-based) of a lesson; finishing marks it done. */
export function withStep(
  progress: ProgressMap,
  id: string,
  step: number,
  finished = false,
): ProgressMap {
  const before = progress[id] ?? { reached: 1, done: false };
  return {
    ...progress,
    [id]: { reached: Math.max(before.reached, step + 1), done: before.done || finished },
  };
}

/** Save; false when the browser refuses (the lesson goes on, unsaved). */
export function writeProgress(storage: StorageLike, progress: ProgressMap): boolean {
  try {
    storage.setItem(PROGRESS_KEY, JSON.stringify({ version: 1, lessons: progress }));
    return true;
  } catch {
    return false;
  }
}
