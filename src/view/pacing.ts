import type { Run, TraceEvent } from '../engine';

/**
 * Pacing for people. A run is often minutes of simulated silence between a few busy moments (an
 * async retry waits a minute, a queue's visibility timeout half a minute). Played at 1×, a student
 * would watch nothing happen. So playback skips the quiet middle of a long gap: it plays the moment
 * after the last event, jumps, and plays the moment before the next one — with a marker saying how
 * much time went by. Only playback jumps; stepping, scrubbing and links land on their exact `t`.
 *
 * Gaps are measured in wall time at the current speed, so a gap that passes in a blink at 50× is
 * never skipped, and a scenario slowed to 0.1× still never stalls for long.
 */

/** A gap is quiet when nothing would happen on screen for this long (wall ms). */
export const QUIET_WALL_MS = 3_000;
/** How much of a quiet gap is still played on each side of the jump (wall ms). */
export const LEAD_WALL_MS = 900;
/** How long the "» … later" marker stays up after a jump (wall ms). */
export const MARKER_WALL_MS = 1_600;

/** One jump: playback leaves `from` and lands on `to` (simulated ms). */
export interface QuietStretch {
  readonly from: number;
  readonly to: number;
}

/** Housekeeping that changes nothing a viewer follows: it neither breaks a quiet gap nor ends the timeline. */
function isHousekeeping(e: TraceEvent): boolean {
  return e.kind === 'env.reclaimed' || e.kind === 'env.retired' || e.kind === 'env.recycled';
}

const timesCache = new WeakMap<Run, Float64Array>();

/** The distinct times at which something a viewer follows happens, ascending, starting with 0. */
export function eventTimes(run: Run): Float64Array {
  let times = timesCache.get(run);
  if (times !== undefined) return times;
  const out: number[] = [0];
  for (const e of run.trace) {
    if (isHousekeeping(e)) continue;
    if (e.t > out[out.length - 1]!) out.push(e.t);
  }
  times = Float64Array.from(out);
  timesCache.set(run, times);
  return times;
}

/**
 * Where the timeline ends: shortly after the last event, not at the scenario's duration (a stream
 * keeps its records for a day; the action is over in a minute). A scenario that sets
 * `showWholeDuration` keeps its full length.
 */
export function playbackEnd(run: Run): number {
  if (run.scenario.showWholeDuration === true) return run.endTime;
  let last = 0;
  for (let i = run.trace.length - 1; i >= 0; i--) {
    const e = run.trace[i]!;
    if (!isHousekeeping(e)) {
      last = e.t;
      break;
    }
  }
  if (last === 0) return run.endTime;
  const tail = Math.max(2_000, Math.round(last * 0.05));
  return Math.min(run.endTime, last + tail);
}

/** Index of the last time ≤ t (times[0] is 0, so there always is one for t ≥ 0). */
function lastAtOrBefore(times: Float64Array, t: number): number {
  let lo = 0;
  let hi = times.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (times[mid]! <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The jump inside the gap that starts at times[i], or null when that gap is not quiet. */
function gapStretch(
  times: Float64Array,
  end: number,
  speed: number,
  i: number,
): QuietStretch | null {
  if (i < 0 || i >= times.length) return null;
  const a = times[i]!;
  const b = i + 1 < times.length ? Math.min(times[i + 1]!, end) : end;
  const lead = LEAD_WALL_MS * speed;
  if (b - a <= QUIET_WALL_MS * speed || b - lead <= a + lead) return null;
  return { from: a + lead, to: b - lead };
}

/** Every jump playback makes at this speed, in order. */
export function quietStretches(times: Float64Array, end: number, speed: number): QuietStretch[] {
  const out: QuietStretch[] = [];
  for (let i = 0; i < times.length && times[i]! < end; i++) {
    const s = gapStretch(times, end, speed, i);
    if (s !== null) out.push(s);
  }
  return out;
}

/**
 * The next playback time: `t` advanced by `elapsedWallMs × speed`, jumping over every quiet
 * stretch it reaches. Time played into a stretch is carried past it, so motion stays smooth.
 * Never past `end`.
 */
export function advance(
  times: Float64Array,
  end: number,
  t: number,
  elapsedWallMs: number,
  speed: number,
): number {
  let now = t;
  let budget = elapsedWallMs * speed;
  // Each pass reaches an event, a stretch or the end; the bound keeps any input finite.
  for (let pass = 0; pass < 64 && budget > 0 && now < end; pass++) {
    const i = lastAtOrBefore(times, now);
    const s = gapStretch(times, end, speed, i);
    if (s !== null && now >= s.from && now < s.to) {
      now = s.to;
      continue;
    }
    const next = i + 1 < times.length ? Math.min(times[i + 1]!, end) : end;
    const stop = s !== null && now < s.from ? s.from : next;
    const step = Math.min(budget, stop - now);
    now += step;
    budget -= step;
  }
  return Math.min(end, now);
}

/**
 * The jump playback made just before t, while its marker shows ("» 55 s later"): t lies within
 * the marker's time after a landing point.
 */
export function skipMarkerAt(
  times: Float64Array,
  end: number,
  speed: number,
  t: number,
): { readonly skippedMs: number; readonly to: number } | null {
  const i = lastAtOrBefore(times, t);
  // The landing point lies just before an event, so the jump may belong to the gap before it.
  for (const j of [i, i - 1]) {
    const s = gapStretch(times, end, speed, j);
    if (s !== null && t >= s.to && t < s.to + MARKER_WALL_MS * speed) {
      return { skippedMs: s.to - s.from, to: s.to };
    }
  }
  return null;
}

/** "53 s", "2 min 5 s", "23 h 50 min": how much time a jump skipped, to the nearest second. */
export function formatSkip(ms: number): string {
  const s = Math.max(1, Math.round(ms / 1000));
  if (s < 60) return `${s} s`;
  const min = Math.floor(s / 60);
  if (min < 60) return s % 60 === 0 ? `${min} min` : `${min} min ${s % 60} s`;
  const h = Math.floor(min / 60);
  return min % 60 === 0 ? `${h} h` : `${h} h ${min % 60} min`;
}

/** The stage's marker text after a jump ("» 53 s later"), or null. */
export function skipMarkerText(run: Run, speed: number, t: number): string | null {
  const m = skipMarkerAt(eventTimes(run), playbackEnd(run), speed, t);
  return m === null ? null : `» ${formatSkip(m.skippedMs)} later`;
}
