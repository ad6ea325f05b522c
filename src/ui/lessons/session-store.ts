import { create } from 'zustand';
import type { Lesson, ResolvedStep } from '../../lessons';

/** The lesson being followed: UI state, like playback; the steps are derived from the runs. */
export interface LessonSession {
  readonly lesson: Lesson;
  readonly steps: readonly ResolvedStep[];
  /** The current step (0-based): reached, or being played to while `travelling`. */
  readonly step: number;
  readonly travelling: boolean;
  /** The option the learner chose, by step. */
  readonly answers: Readonly<Record<number, string>>;
  readonly done: boolean;
  /** The learner's own speed while the lesson plays at its own; put back on arrival. */
  readonly savedSpeed: number | null;
  /** Counts moves, so a scenario that loads late cannot finish a move the learner replaced. */
  readonly move: number;
}

export const useLessonSession = create<{ readonly session: LessonSession | null }>(() => ({
  session: null,
}));
