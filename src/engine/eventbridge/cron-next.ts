/**
 * Next fire times of a parsed cron schedule. The search walks the calendar — year, month, then the
 * matching days of that month, then hours and minutes — so it costs a few day checks per month
 * rather than one check per minute. Years end at 2199, which bounds every search, including
 * expressions that can never fire (such as 30 February).
 */
import { MINUTE_MS, SCHEDULE_HORIZON_MS, type CronSchedule } from './schedule-types';

const SAT = 7;
const SUN = 1;

export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 1 = SUN … 7 = SAT, as in EventBridge's day-of-week field. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 1;
}

/** The days of `month` in `year` (month 1–12) on which the schedule fires, ascending. */
export function matchingDays(c: CronSchedule, year: number, month: number): number[] {
  const dim = daysInMonth(year, month);
  const first = weekdayOf(year, month, 1);
  const dow = (day: number): number => ((first - 1 + day - 1) % 7) + 1;
  const dom = c.dayOfMonth;
  switch (dom.kind) {
    case 'days':
      return dom.days.filter((d) => d <= dim);
    case 'last':
      return [dim];
    case 'lastWeekday': {
      const w = dow(dim);
      return [w === SAT ? dim - 1 : w === SUN ? dim - 2 : dim];
    }
    case 'nearestWeekday': {
      // A day the month does not have never fires, like a plain "31" in April.
      if (dom.day > dim) return [];
      return [nearestWeekday(dom.day, dow(dom.day), dim)];
    }
    case 'any':
      break;
  }
  const spec = c.dayOfWeek;
  switch (spec.kind) {
    case 'days': {
      const out: number[] = [];
      for (let d = 1; d <= dim; d++) if (spec.days.includes(dow(d))) out.push(d);
      return out;
    }
    case 'last': {
      // The last such weekday falls within the final seven days of the month.
      const d = dim - ((dow(dim) - spec.day + 7) % 7);
      return [d];
    }
    case 'nth': {
      const d = 1 + ((spec.day - first + 7) % 7) + 7 * (spec.nth - 1);
      return d <= dim ? [d] : [];
    }
    case 'any':
      // Unreachable for a parsed schedule (one of the two fields is always constrained).
      return [];
  }
}

/** Saturday moves to Friday and Sunday to Monday, unless that would leave the month. */
function nearestWeekday(day: number, weekday: number, dim: number): number {
  if (weekday === SAT) return day === 1 ? 3 : day - 1;
  if (weekday === SUN) return day === dim ? day - 2 : day + 1;
  return day;
}

/** Up to `count` fire times strictly after `fromEpochMs`, ascending, in UTC epoch ms. */
export function nextCronTimes(c: CronSchedule, fromEpochMs: number, count: number): number[] {
  const out: number[] = [];
  if (!(count > 0) || !Number.isFinite(fromEpochMs)) return out;
  // The first whole minute strictly after `from`; schedules never fire before 1970.
  const start = Math.max(Math.floor(fromEpochMs / MINUTE_MS) * MINUTE_MS + MINUTE_MS, 0);
  if (start >= SCHEDULE_HORIZON_MS) return out;
  const s = new Date(start);
  const sy = s.getUTCFullYear();
  const sm = s.getUTCMonth() + 1;
  const sd = s.getUTCDate();
  const sh = s.getUTCHours();
  const smi = s.getUTCMinutes();
  for (const y of c.years) {
    if (y < sy) continue;
    for (const m of c.months) {
      const firstMonth = y === sy;
      if (firstMonth && m < sm) continue;
      for (const d of matchingDays(c, y, m)) {
        const firstDay = firstMonth && m === sm;
        if (firstDay && d < sd) continue;
        const today = firstDay && d === sd;
        for (const h of c.hours) {
          if (today && h < sh) continue;
          const thisHour = today && h === sh;
          for (const mi of c.minutes) {
            if (thisHour && mi < smi) continue;
            out.push(Date.UTC(y, m - 1, d, h, mi));
            if (out.length >= count) return out;
          }
        }
      }
    }
  }
  return out;
}
