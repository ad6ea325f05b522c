import type { Series } from '../engine';
import { countAtOrBefore, seriesAt } from './search';

/**
 * A metric over simulated time: from time[i] on it is value[i] + slope[i] × (t − time[i]), until
 * time[i + 1]; before time[0] it is 0. A step series has slope 0 everywhere; an iterator age that
 * grows while records wait has slope 1. Built once per run, read by binary search at any t.
 */
export interface Curve {
  readonly time: readonly number[];
  readonly value: readonly number[];
  readonly slope: readonly number[];
}

/** The curve's value at t: O(log n), no allocation (safe per animation frame). */
export function curveAt(curve: Curve, t: number): number {
  const i = countAtOrBefore(curve.time, t);
  if (i === 0) return 0;
  return curve.value[i - 1]! + curve.slope[i - 1]! * (t - curve.time[i - 1]!);
}

/** The highest value the curve reaches up to `end` (0 for a curve that never rises). */
export function curveMax(curve: Curve, end: number): number {
  let max = 0;
  const n = curve.time.length;
  for (let i = 0; i < n && curve.time[i]! <= end; i++) {
    const until = Math.min(end, curve.time[i + 1] ?? end);
    max = Math.max(max, curve.value[i]! + curve.slope[i]! * (until - curve.time[i]!));
  }
  return max;
}

/** A running count: one more at each of the (ascending) times. */
export function countCurve(times: readonly number[]): Curve {
  const b = builder();
  times.forEach((t, i) => b.push(t, i + 1, 0));
  return b.curve();
}

/** A step series as a curve (repeated values and same-time changes folded together). */
export function stepCurve(series: Series): Curve {
  return sumCurve([series]);
}

/** Several step series added up at every time any of them changes. */
export function sumCurve(series: readonly Series[]): Curve {
  const b = builder();
  for (const t of changeTimes(series)) {
    let sum = 0;
    for (const s of series) sum += seriesAt(s, t);
    b.push(t, sum, 0);
  }
  return b.curve();
}

/** One shard or partition: its iterator-age readings and its records waiting. */
export interface AgeSource {
  readonly age: Series;
  readonly waiting: Series;
}

/**
 * The highest iterator age across shards. Each shard's age is its last reading, growing with time
 * while the shard has records waiting (search.ts `ageAt`); the highest of lines that are flat or
 * grow at slope 1 bends at most once between two changes, where a growing one overtakes.
 */
export function maxAgeCurve(sources: readonly AgeSource[]): Curve {
  const b = builder();
  const times = changeTimes(sources.flatMap((s) => [s.age, s.waiting]));
  times.forEach((at, k) => {
    let flat = 0;
    let rising = -Infinity;
    for (const s of sources) {
      const i = countAtOrBefore(s.age.time, at);
      if (i === 0) continue;
      const reading = s.age.value[i - 1]!;
      if (reading > 0 && seriesAt(s.waiting, at) > 0) {
        rising = Math.max(rising, reading + at - s.age.time[i - 1]!);
      } else flat = Math.max(flat, reading);
    }
    if (rising >= flat) {
      b.push(at, rising, 1);
      return;
    }
    b.push(at, flat, 0);
    const overtakes = at + flat - rising;
    if (overtakes < (times[k + 1] ?? Infinity)) b.push(overtakes, flat, 1);
  });
  return b.curve();
}

/** Every time at which one of the series changes, ascending, once each. */
function changeTimes(series: readonly Series[]): number[] {
  const all = series.flatMap((s) => s.time);
  all.sort((x, y) => x - y);
  return all.filter((t, i) => i === 0 || t !== all[i - 1]);
}

/** Appends pieces, folding a change at the same time and one that continues the last piece. */
function builder() {
  const time: number[] = [];
  const value: number[] = [];
  const slope: number[] = [];
  return {
    push(t: number, v: number, s: number) {
      const n = time.length;
      if (n > 0 && time[n - 1] === t) {
        time.pop();
        value.pop();
        slope.pop();
      }
      const m = time.length;
      const continues =
        m > 0 && slope[m - 1] === s && value[m - 1]! + slope[m - 1]! * (t - time[m - 1]!) === v;
      // A first piece of 0 says nothing: the curve is 0 before its first change anyway.
      if (continues || (m === 0 && v === 0 && s === 0)) return;
      time.push(t);
      value.push(v);
      slope.push(s);
    },
    curve: (): Curve => ({ time, value, slope }),
  };
}
