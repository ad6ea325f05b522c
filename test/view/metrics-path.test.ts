import { describe, expect, it } from 'vitest';
import type { Metric } from '../../src/view';
import { ColumnPath, metricPath, PLOT_WIDTH } from '../../src/view/metrics-path';

function level(time: number[], value: number[], endTime: number, max: number): Metric {
  return {
    id: 'level',
    label: 'Level',
    meaning: 'Level now',
    shape: 'level',
    tone: 'busy',
    curve: { time, value, slope: time.map(() => 0) },
    max,
    endTime,
  };
}

/** The path's points as [x, y] pairs. */
function points(d: string): [number, number][] {
  return [...d.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

describe('a path kept to the chart’s columns', () => {
  it('keeps first, extremes in the order reached, and last point of a column', () => {
    const p = new ColumnPath(100);
    for (const y of [80, 20, 60, 90, 40]) p.to(5, y);
    p.to(9, 50);
    expect(p.path()).toBe('M0 100L5 80L5 20L5 90L5 40L9 50');
  });

  it('draws the lowest point after the highest when the curve fell last', () => {
    const p = new ColumnPath(100);
    for (const y of [50, 95, 10, 30]) p.to(3, y);
    expect(p.path()).toBe('M0 100L3 50L3 95L3 10L3 30');
  });

  it('leaves out points that repeat the one before', () => {
    const p = new ColumnPath(100);
    p.to(0, 100);
    p.to(0, 8);
    p.to(4, 8);
    p.to(4, 8);
    expect(p.path()).toBe('M0 100L0 8L4 8');
  });
});

describe('a metric drawn over a long run', () => {
  // An hour of a level that goes up and down every 10 ms: 360,000 changes.
  const n = 360_000;
  const time = Array.from({ length: n }, (_, i) => i * 10);
  const value = time.map((_, i) => (i % 7 === 0 ? 0 : (i * 37) % 11));
  const metric = level(time, value, 3_600_000, 10);
  const path = metricPath(metric);

  it('has at most four points a column, however many changes the run has', () => {
    const pts = points(path.line);
    expect(pts.length).toBeLessThanOrEqual(4 * (PLOT_WIDTH + 1) + 1);
    const perColumn = new Map<number, number>();
    for (const [x] of pts) perColumn.set(x, (perColumn.get(x) ?? 0) + 1);
    expect(Math.max(...perColumn.values())).toBeLessThanOrEqual(4);
  });

  it('covers the same heights in every column as drawing every change would', () => {
    const xOf = (t: number) => Math.round((t / 3_600_000) * PLOT_WIDTH);
    const yOf = (v: number) => Math.round((100 - (v / 10) * 92) * 10) / 10;
    const all = new Map<number, [number, number]>();
    time.forEach((t, i) => {
      const x = xOf(t);
      const prev = i === 0 ? 0 : value[i - 1]!;
      for (const y of [yOf(prev), yOf(value[i]!)]) {
        const [lo, hi] = all.get(x) ?? [y, y];
        all.set(x, [Math.min(lo, y), Math.max(hi, y)]);
      }
    });
    const drawn = new Map<number, [number, number]>();
    for (const [x, y] of points(path.line)) {
      const [lo, hi] = drawn.get(x) ?? [y, y];
      drawn.set(x, [Math.min(lo, y), Math.max(hi, y)]);
    }
    for (const [x, range] of all) expect(drawn.get(x), `column ${x}`).toEqual(range);
  });

  it('closes the area down to 0 along the bottom', () => {
    expect(path.area).toBe(`${path.line}L1000 100L0 100Z`);
  });
});
