/**
 * EventBridge Scheduler's schedule expressions, evaluated in a named time zone:
 * - `rate(value unit)`: a fixed duration, the same in every zone; the first fire is the schedule's
 *   start (no StartDate: at once), then one every period (a day is always 24 hours).
 * - `cron(…)`: the six fields of scheduled rules, read on the zone's wall clock. When clocks spring
 *   forward, a fire time that does not exist is skipped; when they fall back, a repeated wall time
 *   fires once, at its first occurrence (AWS: "runs only once and doesn't repeat").
 * - `at(yyyy-mm-ddThh:mm:ss)`: one fire at that wall time in the zone. A time inside a
 *   spring-forward gap does not exist and is refused; one in the repeated hour fires at its first
 *   occurrence.
 */
import { nextCronTimes } from './cron-next';
import { parseSchedule } from './schedule';
import { MINUTE_MS, SCHEDULE_HORIZON_MS, type Schedule } from './schedule-types';
import { formatWall, instantsOf, wallAsUtc, wallTimeAt, type WallTime } from './time-zone';

export interface AtSchedule {
  readonly kind: 'at';
  readonly wall: WallTime;
  readonly expression: string;
}

export type SchedulerSchedule = Schedule | AtSchedule;

export type ParseSchedulerResult =
  { ok: true; schedule: SchedulerSchedule } | { ok: false; error: string };

const AT_SHAPE = 'at(yyyy-mm-ddThh:mm:ss), e.g. at(2027-03-14T09:30:00)';

/** Parse a Scheduler expression: what scheduled rules accept, plus one-time at(). */
export function parseSchedulerExpression(expression: string): ParseSchedulerResult {
  if (typeof expression !== 'string') return { ok: false, error: 'expected an expression' };
  const expr = expression.trim();
  if (!/^at\s*\(/i.test(expr)) {
    const parsed = parseSchedule(expr);
    if (parsed.ok) return parsed;
    if (/^expected rate\(value unit\) or cron\(fields\)/.test(parsed.error)) {
      return {
        ok: false,
        error: parsed.error.replace(' or cron(fields)', ', cron(fields) or at(…)'),
      };
    }
    return parsed;
  }
  if (!expr.startsWith('at(')) {
    return /^at\(/i.test(expr)
      ? { ok: false, error: 'write "at" in lower case' }
      : { ok: false, error: 'no space is allowed between "at" and "("' };
  }
  if (!expr.endsWith(')')) return { ok: false, error: `at(…) is missing its closing ")"` };
  const body = expr.slice(3, -1);
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/.exec(body);
  if (!m) return { ok: false, error: `expected ${AT_SHAPE}, got "at(${body})"` };
  const [year, month, day, hour, minute, second] = m.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const wall: WallTime = { year, month, day, hour, minute, second };
  const check = new Date(wallAsUtc(wall));
  if (
    month < 1 ||
    month > 12 ||
    hour > 23 ||
    minute > 59 ||
    second > 59 ||
    check.getUTCDate() !== day ||
    check.getUTCMonth() !== month - 1
  ) {
    return { ok: false, error: `at(${body}): no such date and time` };
  }
  if (year < 1970 || year > 2199) {
    return { ok: false, error: `at(${body}): the year must be 1970–2199` };
  }
  return { ok: true, schedule: { kind: 'at', wall, expression: expr } };
}

/** Why an at() schedule cannot fire in `timeZone`, or null when it can. */
export function atProblem(schedule: AtSchedule, timeZone: string): string | null {
  if (instantsOf(schedule.wall, timeZone).length > 0) return null;
  return `${formatWall(schedule.wall)} does not exist in ${timeZone}: the clocks jump over it when daylight saving time starts`;
}

/**
 * Up to `count` fire times strictly after `fromMs` (UTC epoch ms), ascending. `startMs` is when a
 * rate() schedule starts (its first fire).
 */
export function nextSchedulerTimes(
  schedule: SchedulerSchedule,
  timeZone: string,
  fromMs: number,
  count: number,
  startMs: number = fromMs,
): number[] {
  if (!(count > 0) || !Number.isFinite(fromMs)) return [];
  switch (schedule.kind) {
    case 'rate': {
      const out: number[] = [];
      const period = schedule.periodMs;
      let k = fromMs < startMs ? 0 : Math.floor((fromMs - startMs) / period) + 1;
      while (k > 0 && startMs + (k - 1) * period > fromMs) k--;
      while (startMs + k * period <= fromMs) k++;
      for (let t = startMs + k * period; out.length < count && t < SCHEDULE_HORIZON_MS; t += period)
        out.push(t);
      return out;
    }
    case 'at': {
      const [first] = instantsOf(schedule.wall, timeZone);
      return first !== undefined && first > fromMs ? [first] : [];
    }
    case 'cron':
      return nextZonedCronTimes(schedule, timeZone, fromMs, count);
  }
}

/** The most wall times a search reads ahead, so that a run of skipped times still ends. */
const BATCH = 16;

function nextZonedCronTimes(
  schedule: Extract<Schedule, { kind: 'cron' }>,
  timeZone: string,
  fromMs: number,
  count: number,
): number[] {
  const out: number[] = [];
  // Search the wall clock from the wall time at `from`, less an hour so that a wall time whose
  // first occurrence is still ahead (inside a fall-back overlap) is not missed.
  let wallFrom = wallAsUtc(wallTimeAt(fromMs, timeZone)) - 60 * MINUTE_MS;
  let last = fromMs;
  for (let guard = 0; out.length < count && guard < 1000; guard++) {
    const walls = nextCronTimes(schedule, wallFrom, BATCH);
    if (walls.length === 0) break;
    for (const w of walls) {
      const d = new Date(w);
      const wall: WallTime = {
        year: d.getUTCFullYear(),
        month: d.getUTCMonth() + 1,
        day: d.getUTCDate(),
        hour: d.getUTCHours(),
        minute: d.getUTCMinutes(),
        second: 0,
      };
      // No instant: skipped (spring forward). Two: the first only (fall back).
      const [t] = instantsOf(wall, timeZone);
      if (t === undefined || t <= last) continue;
      out.push(t);
      last = t;
      if (out.length >= count) break;
    }
    wallFrom = walls[walls.length - 1]!;
  }
  return out;
}

/** The wall times of `schedule` that the zone's clock skips between two instants (spring forward). */
export function skippedWallTimes(
  schedule: SchedulerSchedule,
  timeZone: string,
  fromMs: number,
  toMs: number,
): WallTime[] {
  if (schedule.kind !== 'cron') return [];
  const startWall = wallAsUtc(wallTimeAt(fromMs, timeZone));
  const endWall = wallAsUtc(wallTimeAt(toMs, timeZone));
  const out: WallTime[] = [];
  let from = startWall;
  for (let guard = 0; guard < 1000; guard++) {
    const walls = nextCronTimes(schedule, from, BATCH).filter((w) => w < endWall);
    for (const w of walls) {
      const d = new Date(w);
      const wall: WallTime = {
        year: d.getUTCFullYear(),
        month: d.getUTCMonth() + 1,
        day: d.getUTCDate(),
        hour: d.getUTCHours(),
        minute: d.getUTCMinutes(),
        second: 0,
      };
      if (instantsOf(wall, timeZone).length === 0) out.push(wall);
    }
    if (walls.length < BATCH) break;
    from = walls[walls.length - 1]!;
  }
  return out;
}
