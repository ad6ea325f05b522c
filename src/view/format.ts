/**
 * Formatting shared by every surface (log, playback bar, panels, captions), so a time or a
 * message reads the same everywhere.
 */

/**
 * A count for people: thousands separated, the same on every machine whatever its locale
 * ("61,398", "15,000", "999", "-1,200"). Every number over 999 that the app prints goes through
 * this (or through `plural`, which uses it).
 */
export function formatCount(n: number): string {
  return COUNT.format(n);
}

const COUNT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Simulated time: "m:ss.mmm" under an hour, "h:mm:ss.mmm" from an hour on. */
export function formatTime(ms: number): string {
  const total = Math.max(0, Math.round(ms));
  const millis = total % 1000;
  const seconds = Math.floor(total / 1000) % 60;
  const minutes = Math.floor(total / 60_000) % 60;
  const hours = Math.floor(total / 3_600_000);
  const tail = `${pad(seconds, 2)}.${pad(millis, 3)}`;
  return hours > 0 ? `${hours}:${pad(minutes, 2)}:${tail}` : `${minutes}:${tail}`;
}

/** A duration in the unit people think in: "250 ms", "1.5 s", "60 s", "6 h". */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${trim(ms, 0)} ms`;
  if (ms < 600_000) return `${trim(ms / 1000, 3)} s`;
  if (ms < 3_600_000) return `${trim(ms / 60_000, 1)} min`;
  return `${trim(ms / 3_600_000, 1)} h`;
}

function trim(n: number, decimals: number): string {
  return decimalsFormat(decimals).format(Number(n.toFixed(decimals)));
}

/**
 * One formatter per number of decimals, made once: `toLocaleString` with options builds a new
 * one on every call, and the log formats a duration for each of the dozens of rows it shows at
 * each of its updates.
 */
const DECIMALS = new Map<number, Intl.NumberFormat>();
function decimalsFormat(decimals: number): Intl.NumberFormat {
  let format = DECIMALS.get(decimals);
  if (format === undefined) {
    format = new Intl.NumberFormat('en-US', { maximumFractionDigits: decimals });
    DECIMALS.set(decimals, format);
  }
  return format;
}

/** Messages are numbered from 1 for people; the engine numbers them from 0. */
export function messageLabel(msg: number): string {
  return msg < 0 ? '' : `#${msg + 1}`;
}

/** Playback speed: "1×", "0.5×", "0.0156×", "100×". */
export function formatSpeed(speed: number): string {
  const shown = speed >= 1 ? Math.round(speed * 100) / 100 : Number(speed.toPrecision(3));
  return `${shown}×`;
}

/** "1 attempt", "3 attempts". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** A byte count the way AWS quotes its limits: bytes, KB or MB (1 MB = 1,048,576 bytes). */
export function formatBytes(n: number | undefined): string {
  const b = n ?? 0;
  if (b >= 1_048_576) return `${Number((b / 1_048_576).toFixed(1))} MB`;
  return b >= 1024 ? `${Number((b / 1024).toFixed(1))} KB` : `${b} bytes`;
}
