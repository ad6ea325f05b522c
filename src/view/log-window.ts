/** Which slice of the trace the log renders: the whole trace when small, else rows around now. */
export interface LogWindow {
  readonly start: number;
  readonly end: number;
}

/**
 * Rows [start, end) to render for a trace of `total` events when `current` have happened.
 * The start moves in steps of `step` rows, so playback re-windows rarely and rows stay mounted.
 */
export function logWindow(total: number, current: number, size = 200, step = 50): LogWindow {
  if (total <= size) return { start: 0, end: total };
  const ideal = current - size / 2;
  const start = Math.max(0, Math.min(total - size, Math.floor(ideal / step) * step));
  return { start, end: start + size };
}
