import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  advance,
  eventTimes,
  formatSkip,
  nextEventTime,
  playbackEnd,
  quietStretches,
  skipMarkerText,
} from '../../src/view';
import { presetRun, runOf } from './helpers';
import { presetById } from '../../src/scenario';

/** Plays a run at a fixed frame interval until t reaches `target`; returns the wall time it took. */
function wallTimeToReach(target: number, times: Float64Array, end: number, speed: number): number {
  let t = 0;
  let wall = 0;
  while (t < target && wall < 3_600_000) {
    t = advance(times, end, t, 16, speed);
    wall += 16;
  }
  return wall;
}

describe('skipping quiet time on the async-retries preset', () => {
  const run = presetRun('async-retries');
  const times = eventTimes(run);
  const end = playbackEnd(run);

  it('knows when something happens, starting from 0', () => {
    expect(Array.from(times)).toEqual([
      0, 100, 350, 1150, 5000, 5100, 5900, 61150, 61950, 65900, 66700, 181950, 182750, 186700,
      187500,
    ]);
  });

  it('ends the timeline shortly after the last event, not at the 10-minute duration', () => {
    expect(run.endTime).toBe(600_000);
    expect(end).toBe(187_500 + 9_375);
  });

  it('keeps the whole duration when the scenario asks for it', () => {
    const doc = presetById('async-retries')!.scenario;
    expect(playbackEnd(runOf({ ...doc, showWholeDuration: true }))).toBe(600_000);
  });

  it('jumps over every long wait at 1×, keeping 0.9 s on each side', () => {
    expect(quietStretches(times, end, 1)).toEqual([
      { from: 2050, to: 4100 },
      { from: 6800, to: 60250 },
      { from: 62850, to: 65000 },
      { from: 67600, to: 181050 },
      { from: 183650, to: 185800 },
      { from: 188400, to: 195975 },
    ]);
  });

  it('reaches the first retry (61.15 s) 5.7 s after pressing play at 1×', () => {
    expect(wallTimeToReach(61_150, times, end, 1)).toBe(5_664);
  });

  it('without skipping, the first retry would take a minute', () => {
    let t = 0;
    let wall = 0;
    while (t < 61_150) {
      t = Math.min(end, t + 16);
      wall += 16;
    }
    expect(wall).toBe(61_152);
  });

  it('skips nothing at 100×: every gap passes in a blink', () => {
    expect(quietStretches(times, end, 100)).toEqual([]);
  });

  it('says how much time went by, for a moment after the jump', () => {
    expect(skipMarkerText(run, 1, 60_249)).toBeNull();
    expect(skipMarkerText(run, 1, 60_250)).toBe('» 53 s later');
    expect(skipMarkerText(run, 1, 61_849)).toBe('» 53 s later');
    expect(skipMarkerText(run, 1, 61_850)).toBeNull();
    expect(skipMarkerText(run, 1, 181_050)).toBe('» 1 min 53 s later');
  });

  it('leaves stepping exact: the next event from inside a skipped stretch is the event itself', () => {
    expect(nextEventTime(run, 30_000)).toBe(61_150);
  });
});

describe('advance', () => {
  const run = presetRun('async-retries');
  const times = eventTimes(run);
  const end = playbackEnd(run);

  it('never lands inside a skipped stretch, never skips an event, never passes the end', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: end }),
        fc.integer({ min: 1, max: 250 }),
        fc.constantFrom(0.25, 1, 2, 8),
        (t, elapsed, speed) => {
          const next = advance(times, end, t, elapsed, speed);
          expect(next).toBeGreaterThanOrEqual(t);
          expect(next).toBeLessThanOrEqual(end);
          for (const s of quietStretches(times, end, speed)) {
            expect(next > s.from && next < s.to).toBe(false);
          }
          // Whatever was jumped, the time actually played is the frame's share, or less at the end.
          // (A playhead left inside a stretch, by a scrub, jumps from where it is.)
          const skipped = quietStretches(times, end, speed)
            .filter((s) => s.to > t && s.to <= next)
            .reduce((sum, s) => sum + (s.to - Math.max(s.from, t)), 0);
          const played = next - t - skipped;
          if (next < end) expect(played).toBeCloseTo(elapsed * speed, 6);
          else expect(played).toBeLessThanOrEqual(elapsed * speed + 1e-6);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('does not depend on the frame rate: one long frame lands where many short ones do', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60_000 }), fc.integer({ min: 2, max: 20 }), (t, n) => {
        let many = t;
        for (let i = 0; i < n; i++) many = advance(times, end, many, 10, 1);
        expect(many).toBeCloseTo(advance(times, end, t, 10 * n, 1), 6);
      }),
      { numRuns: 200 },
    );
  });
});

describe('formatSkip', () => {
  it('rounds to the second and names the biggest units', () => {
    expect(formatSkip(400)).toBe('1 s');
    expect(formatSkip(53_450)).toBe('53 s');
    expect(formatSkip(120_000)).toBe('2 min');
    expect(formatSkip(125_400)).toBe('2 min 5 s');
    expect(formatSkip(85_800_000)).toBe('23 h 50 min');
    expect(formatSkip(7_200_000)).toBe('2 h');
  });
});
