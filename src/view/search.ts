import type { Run, Series, TraceEvent } from '../engine';

/**
 * Binary searches over the run. Everything on screen is a function of (run, t), so these must
 * stay cheap at any t: O(log n), no allocation.
 */

/** How many trace events have happened at or before t. */
export function eventsUpTo(run: Run, t: number): number {
  return upperBound(run.trace, t);
}

/** Index of the first event at or after t (= events strictly before t). */
export function eventsBefore(run: Run, t: number): number {
  const trace = run.trace;
  let lo = 0;
  let hi = trace.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (trace[mid]!.t < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The time of the first event after t, or undefined when nothing happens later. */
export function nextEventTime(run: Run, t: number): number | undefined {
  return run.trace[eventsUpTo(run, t)]?.t;
}

/** The time of the last event before t, or undefined when nothing happened earlier. */
export function previousEventTime(run: Run, t: number): number | undefined {
  const i = eventsBefore(run, t);
  return i > 0 ? run.trace[i - 1]!.t : undefined;
}

/** The value a step series holds at t (0 before its first change). */
export function seriesAt(series: Series, t: number): number {
  const lo = countAtOrBefore(series.time, t);
  return lo === 0 ? 0 : series.value[lo - 1]!;
}

/**
 * An age recorded now and then (a stream's iterator age, read when a batch is sent): between
 * readings it keeps growing with time while `growing` holds, as the oldest unread record gets
 * older; otherwise it is the last reading.
 */
export function ageAt(series: Series, t: number, growing: boolean): number {
  const lo = countAtOrBefore(series.time, t);
  if (lo === 0) return 0;
  const value = series.value[lo - 1]!;
  return growing && value > 0 ? value + (t - series.time[lo - 1]!) : value;
}

/** How many of the ascending `times` are at or before t (binary search). */
export function countAtOrBefore(times: readonly number[], t: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (times[mid]! <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function upperBound(trace: readonly TraceEvent[], t: number): number {
  let lo = 0;
  let hi = trace.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (trace[mid]!.t <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
