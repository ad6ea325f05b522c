import type { ResolvedStep } from './types';

/** Where the learner is in a lesson. */
export interface LessonPosition {
  /** The current step (0-based). */
  readonly step: number;
  /** True while the simulation plays towards the current step's moment. */
  readonly travelling: boolean;
  /** Whether the step's question has been answered. */
  readonly answered: (step: number) => boolean;
}

export interface GateMove {
  /** The step the lesson is now at, and the time the playhead must stop at. */
  readonly step: number;
  readonly t: number;
}

/**
 * What the lesson does when the playhead moves from prevT to t on the current step's scenario:
 * stop at a step's moment when playing reaches it, and never let time run past a question that has
 * not been answered (playing, stepping or dragging alike). Null: let the playhead be.
 */
export function gatePlayback(
  steps: readonly ResolvedStep[],
  at: LessonPosition,
  prevT: number,
  t: number,
  playing: boolean,
): GateMove | null {
  const current = steps[at.step];
  if (current === undefined) return null;
  if (at.travelling) return t >= current.t ? { step: at.step, t: current.t } : null;
  for (let j = at.step; j < steps.length && steps[j]!.preset === current.preset; j++) {
    const s = steps[j]!;
    if (j > at.step && playing && prevT < s.t && s.t <= t) return { step: j, t: s.t };
    if (s.answer !== null && !at.answered(j) && t > s.t) return { step: j, t: s.t };
  }
  return null;
}
