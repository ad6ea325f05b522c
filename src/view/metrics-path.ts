import type { Metric } from './metrics';

/** The drawing box of a chart: the SVG stretches it to the chart's size (no fixed aspect). */
export const PLOT_WIDTH = 1000;
export const PLOT_HEIGHT = 100;
/** Room above the highest value, so the line is not cut by the top edge. */
const HEADROOM = 8;

export interface MetricPath {
  /** The curve as a line. */
  readonly line: string;
  /** The same curve closed down to 0, to fill. */
  readonly area: string;
}

/**
 * SVG paths of a metric over the whole run, in PLOT_WIDTH × PLOT_HEIGHT: time left to right, 0
 * at the bottom and the metric's highest value near the top. Built once per run, never per frame.
 *
 * However long the run, the path has at most four points per column (one unit of PLOT_WIDTH, a
 * pixel or less on screen): where the curve enters the column, its lowest and highest values
 * there in the order it reaches them, and where it leaves. That draws exactly what every point
 * would draw, at a cost that does not grow with the run.
 */
export function metricPath(metric: Metric): MetricPath {
  const { time, value, slope } = metric.curve;
  const end = metric.endTime;
  // Whole units across (several per pixel even on a projector), tenths up: short paths.
  const x = (t: number) => (end > 0 ? Math.round((Math.min(t, end) / end) * PLOT_WIDTH) : 0);
  const y = (v: number) =>
    Math.round((PLOT_HEIGHT - (v / metric.max) * (PLOT_HEIGHT - HEADROOM)) * 10) / 10;
  const columns = new ColumnPath(y(0));
  let at = 0;
  let level = 0;
  let rate = 0;
  for (let i = 0; i < time.length && time[i]! <= end; i++) {
    // Where the last piece got to, then straight up or down to the new value.
    const px = x(time[i]!);
    columns.to(px, y(level + rate * (time[i]! - at)));
    columns.to(px, y(value[i]!));
    at = time[i]!;
    level = value[i]!;
    rate = slope[i]!;
  }
  columns.to(PLOT_WIDTH, y(level + rate * (end - at)));
  const line = columns.path();
  return { line, area: `${line}L${PLOT_WIDTH} ${PLOT_HEIGHT}L0 ${PLOT_HEIGHT}Z` };
}

/**
 * A polyline whose x never goes back, kept to its first point, its extremes (in the order they
 * were reached) and its last point in each column. Points are SVG: a larger y is lower down.
 */
export class ColumnPath {
  private readonly parts: string[];
  private x = 0;
  private first: number;
  private top: number;
  private bottom: number;
  /** Whether the column's bottom was reached after its top. */
  private bottomLast = false;
  private last: number;

  constructor(startY: number) {
    this.parts = [`M0 ${startY}`];
    this.first = this.top = this.bottom = this.last = startY;
  }

  to(px: number, py: number): void {
    if (px !== this.x) {
      this.flush();
      this.x = px;
      this.first = this.top = this.bottom = this.last = py;
      return;
    }
    if (py < this.top) {
      this.top = py;
      this.bottomLast = false;
    } else if (py > this.bottom) {
      this.bottom = py;
      this.bottomLast = true;
    }
    this.last = py;
  }

  /** The path so far, as SVG path data (call once, at the end). */
  path(): string {
    this.flush();
    return this.parts.join('');
  }

  private flush(): void {
    const ys = this.bottomLast
      ? [this.first, this.top, this.bottom, this.last]
      : [this.first, this.bottom, this.top, this.last];
    // The path's start is already drawn by its M command.
    let prev = this.parts.length === 1 && this.x === 0 ? ys[0] : NaN;
    for (const py of ys) {
      if (py === prev) continue;
      this.parts.push(`L${this.x} ${py}`);
      prev = py;
    }
  }
}
