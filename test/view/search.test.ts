import { describe, expect, it } from 'vitest';
import {
  eventsBefore,
  eventsUpTo,
  logWindow,
  nextEventTime,
  previousEventTime,
  seriesAt,
} from '../../src/view';
import { presetRun } from './helpers';
import { ageAt } from '../../src/view/search';

describe('searching the run by time', () => {
  const run = presetRun('async-retries');
  const naiveUpTo = (t: number) => run.trace.filter((e) => e.t <= t).length;

  it('counts events at or before t, like a linear scan would', () => {
    for (const t of [-1, 0, 99, 100, 1150, 1151, 61_150, 182_750, 187_500, 600_000]) {
      expect(eventsUpTo(run, t)).toBe(naiveUpTo(t));
      expect(eventsBefore(run, t)).toBe(run.trace.filter((e) => e.t < t).length);
    }
  });

  it('steps between distinct event times', () => {
    expect(nextEventTime(run, 0)).toBe(100);
    expect(nextEventTime(run, 100)).toBe(350);
    expect(nextEventTime(run, 1150)).toBe(5000); // two events at 1150 count as one step
    expect(nextEventTime(run, 187_500)).toBeUndefined();
    expect(previousEventTime(run, 5000)).toBe(1150);
    expect(previousEventTime(run, 120)).toBe(100);
    expect(previousEventTime(run, 0)).toBeUndefined();
  });

  it('reads step series at t', () => {
    const s = run.series.concurrency;
    expect(seriesAt(s, 0)).toBe(0);
    expect(seriesAt(s, 100)).toBe(1); // Init counts as busy
    expect(seriesAt(s, 1149)).toBe(1);
    expect(seriesAt(s, 1150)).toBe(0);
    expect(seriesAt({ time: [], value: [] }, 5)).toBe(0);
  });
});

describe('logWindow', () => {
  it('renders a small trace whole', () => {
    expect(logWindow(25, 3)).toEqual({ start: 0, end: 25 });
  });

  it('renders a window around now in steps, clamped to the trace', () => {
    expect(logWindow(10_000, 0)).toEqual({ start: 0, end: 200 });
    expect(logWindow(10_000, 5_030)).toEqual({ start: 4_900, end: 5_100 });
    expect(logWindow(10_000, 5_049)).toEqual({ start: 4_900, end: 5_100 });
    expect(logWindow(10_000, 10_000)).toEqual({ start: 9_800, end: 10_000 });
  });
});

describe('ageAt', () => {
  const readings = { time: [1_000, 5_000, 9_000], value: [200, 0, 750] };
  it('grows between readings while records wait, and holds otherwise', () => {
    expect(ageAt(readings, 500, true)).toBe(0);
    expect(ageAt(readings, 1_000, true)).toBe(200);
    expect(ageAt(readings, 3_000, true)).toBe(2_200);
    expect(ageAt(readings, 3_000, false)).toBe(200);
    expect(ageAt(readings, 6_000, true)).toBe(0);
    expect(ageAt(readings, 9_500, true)).toBe(1_250);
  });
});
