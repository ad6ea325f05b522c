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
 */
export function metricPath(metric: Metric): MetricPath {
  const { time, value, slope } = metric.curve;
  const end = metric.endTime;
  // Whole units across (several per pixel even on a projector), tenths up: short paths.
  const x = (t: number) => (end > 0 ? Math.round((Math.min(t, end) / end) * PLOT_WIDTH) : 0);
  const y = (v: number) =>
    Math.round((PLOT_HEIGHT - (v / metric.max) * (PLOT_HEIGHT - HEADROOM)) * 10) / 10;
  const parts = [`M0 ${y(0)}`];
  let lastX = 0;
  let lastY = y(0);
  // A point that repeats the last one adds nothing (many changes can share one x).
  const to = (px: number, py: number) => {
    if (px === lastX && py === lastY) return;
    parts.push(`L${px} ${py}`);
    lastX = px;
    lastY = py;
  };
  let at = 0;
  let level = 0;
  let rate = 0;
  for (let i = 0; i < time.length && time[i]! <= end; i++) {
    // Where the last piece got to, then straight up or down to the new value.
    to(x(time[i]!), y(level + rate * (time[i]! - at)));
    to(x(time[i]!), y(value[i]!));
    at = time[i]!;
    level = value[i]!;
    rate = slope[i]!;
  }
  to(PLOT_WIDTH, y(level + rate * (end - at)));
  const line = parts.join('');
  return { line, area: `${line}L${PLOT_WIDTH} ${PLOT_HEIGHT}L0 ${PLOT_HEIGHT}Z` };
}
