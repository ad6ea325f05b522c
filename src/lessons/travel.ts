/**
 * How the lesson plays to its next step: fast enough that a gap of minutes (an async retry) or a
 * day (an expiring stream record) does not keep the learner waiting, slow enough that a gap of
 * milliseconds can be followed. Speeds are powers of two, so the speed control shows round values.
 */

/** About how long, in wall-clock ms, playing to the next step should take. */
export const TRAVEL_MS = 2_500;
/** Never play longer than this: skip ahead to shortly before the step instead. */
export const MAX_TRAVEL_MS = 4_000;
export const MIN_TRAVEL_SPEED = 0.25;
export const MAX_TRAVEL_SPEED = 64;

export interface TravelPlan {
  /** Where playing starts: the current time, or later when the gap is too long to play through. */
  readonly start: number;
  readonly speed: number;
}

/** Null when the step is not ahead: the lesson then goes there at once. */
export function travelPlan(from: number, to: number): TravelPlan | null {
  const gap = to - from;
  if (gap <= 0) return null;
  const ideal = 2 ** Math.round(Math.log2(gap / TRAVEL_MS));
  const speed = Math.min(MAX_TRAVEL_SPEED, Math.max(MIN_TRAVEL_SPEED, ideal));
  return { start: Math.max(from, to - MAX_TRAVEL_MS * speed), speed };
}
