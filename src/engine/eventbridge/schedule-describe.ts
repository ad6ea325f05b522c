/**
 * Plain-English descriptions of schedules, e.g. "at 18:00 UTC, Monday to Friday". Common shapes
 * read naturally; anything unusual falls back to listing the values, which is always exact.
 */
import type { CronSchedule, DayOfMonthSpec, DayOfWeekSpec, Schedule } from './schedule-types';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const NTH = ['first', 'second', 'third', 'fourth', 'fifth'];

/** At most this many fire times a day are spelled out one by one ("at 14:05 and 14:35 UTC"). */
const MAX_LISTED_TIMES = 6;

export function describeSchedule(schedule: Schedule): string {
  if (schedule.kind === 'rate') {
    const unit = schedule.unit.replace(/s$/, '');
    return schedule.value === 1 ? `every ${unit}` : `every ${schedule.value} ${unit}s`;
  }
  return describeCron(schedule);
}

type Shape =
  | { kind: 'all' }
  | { kind: 'single'; value: number }
  | { kind: 'range'; from: number; to: number }
  | { kind: 'step'; from: number; step: number; to: number }
  | { kind: 'list' };

/** Classify a sorted set of field values so the common cases can be phrased naturally. */
function shapeOf(values: readonly number[], min: number, max: number): Shape {
  const first = values[0] ?? min;
  const last = values[values.length - 1] ?? min;
  if (values.length === max - min + 1) return { kind: 'all' };
  if (values.length === 1) return { kind: 'single', value: first };
  if (last - first === values.length - 1) return { kind: 'range', from: first, to: last };
  const step = (values[1] ?? first) - first;
  const even = values.every((v, i) => v === first + i * step);
  // A step shape must run to the end of the field, as "a/step" does; two values only count when
  // they split the field evenly ("0/30" in minutes).
  const cycle = values.length >= 3 || ((max - min + 1) % step === 0 && first - min < step);
  if (cycle && even && last + step > max) return { kind: 'step', from: first, step, to: last };
  return { kind: 'list' };
}

function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "1–5, 10 and 20–25": runs of three or more collapse into a range. */
function compact(values: readonly number[], fmt: (v: number) => string = String): string {
  const parts: string[] = [];
  let i = 0;
  while (i < values.length) {
    let j = i;
    while (j + 1 < values.length && values[j + 1] === (values[j] ?? 0) + 1) j++;
    const a = values[i] ?? 0;
    const b = values[j] ?? 0;
    if (j - i >= 2) {
      parts.push(`${fmt(a)}–${fmt(b)}`);
      i = j + 1;
    } else {
      parts.push(fmt(a));
      i++;
    }
  }
  return joinAnd(parts);
}

const pad = (n: number): string => String(n).padStart(2, '0');
const hhmm = (h: number, m: number): string => `${pad(h)}:${pad(m)}`;
const monthName = (m: number): string => MONTHS[m - 1] ?? String(m);
const dayName = (d: number): string => WEEKDAYS[d - 1] ?? String(d);

function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

function describeCron(c: CronSchedule): string {
  const time = describeTime(c.minutes, c.hours);
  const days = describeDays(c.dayOfMonth, c.dayOfWeek);
  let text = time.text;
  const months = shapeOf(c.months, 1, 12);
  if (days === null) {
    // A daily time needs "every day"; "every 15 minutes" already says it all.
    if (!time.recurring) text += ' every day';
    if (months.kind !== 'all') text += monthsSuffix(c.months, months);
  } else if (months.kind === 'all') {
    text += days;
  } else if (days.endsWith(' of the month') && !isLongRange(months)) {
    // "on the 1st of January and July" reads better than "… of the month in January and July".
    text += `${days.slice(0, -' the month'.length)} ${joinAnd(c.months.map(monthName))}`;
  } else {
    text += days + monthsSuffix(c.months, months);
  }
  return text + yearsSuffix(c.years);
}

/** Three or more consecutive values, phrased "March to October" rather than listed. */
function isLongRange(shape: Shape): shape is { kind: 'range'; from: number; to: number } {
  return shape.kind === 'range' && shape.to - shape.from >= 2;
}

function monthsSuffix(values: readonly number[], shape: Shape): string {
  if (isLongRange(shape)) {
    return `, ${monthName(shape.from)} to ${monthName(shape.to)}`;
  }
  return ` in ${joinAnd(values.map(monthName))}`;
}

function yearsSuffix(years: readonly number[]): string {
  const shape = shapeOf(years, 1970, 2199);
  switch (shape.kind) {
    case 'all':
      return '';
    case 'single':
      return `, ${shape.value} only`;
    case 'range':
      return `, ${shape.from}–${shape.to}`;
    case 'step':
      return `, every ${shape.step} years from ${shape.from} to ${shape.to}`;
    case 'list':
      return `, in ${compact(years)}`;
  }
}

interface TimeText {
  text: string;
  /** True when the schedule fires repeatedly through the day ("every 5 minutes …"). */
  recurring: boolean;
}

function describeTime(minutes: readonly number[], hours: readonly number[]): TimeText {
  if (minutes.length * hours.length <= MAX_LISTED_TIMES) {
    const times = hours.flatMap((h) => minutes.map((m) => hhmm(h, m)));
    return { text: `at ${joinAnd(times)} UTC`, recurring: false };
  }
  const m = shapeOf(minutes, 0, 59);
  const h = shapeOf(hours, 0, 23);
  const firstM = minutes[0] ?? 0;
  const lastM = minutes[minutes.length - 1] ?? 0;
  // "every N minutes" is only exact when the gap across the hour boundary is also N.
  const evenMinutes =
    m.kind === 'all'
      ? 'every minute'
      : m.kind === 'step' && m.to + m.step - 60 === m.from
        ? `every ${m.step} minutes`
        : null;
  if (h.kind === 'all') {
    if (evenMinutes !== null) {
      const offset = firstM === 0 ? '' : ` (at ${joinAnd(minutes.map((v) => `:${pad(v)}`))})`;
      return { text: evenMinutes + offset, recurring: true };
    }
    if (m.kind === 'single') {
      const text =
        firstM === 0 ? 'every hour, on the hour' : `at ${firstM} minutes past every hour`;
      return { text, recurring: true };
    }
    return { text: `at minutes ${compact(minutes)} past every hour`, recurring: true };
  }
  if (h.kind === 'range') {
    const window = `from ${hhmm(h.from, firstM)} to ${hhmm(h.to, lastM)} UTC`;
    if (evenMinutes !== null) return { text: `${evenMinutes} ${window}`, recurring: true };
    if (m.kind === 'single') return { text: `every hour ${window}`, recurring: true };
  }
  if (h.kind === 'step' && m.kind === 'single') {
    const window = `from ${hhmm(h.from, firstM)} to ${hhmm(h.to, firstM)} UTC`;
    return { text: `every ${h.step} hours ${window}`, recurring: true };
  }
  const mins = `minute${minutes.length > 1 ? 's' : ''} ${compact(minutes)}`;
  const hrs = `hour${hours.length > 1 ? 's' : ''} ${compact(hours, pad)}`;
  return { text: `at ${mins} past ${hrs} UTC`, recurring: true };
}

/** The day part, starting with its own connector; null when the schedule runs every day. */
function describeDays(dom: DayOfMonthSpec, dow: DayOfWeekSpec): string | null {
  switch (dom.kind) {
    case 'last':
      return ' on the last day of the month';
    case 'lastWeekday':
      return ' on the last weekday of the month';
    case 'nearestWeekday':
      return ` on the weekday nearest the ${ordinal(dom.day)} of the month`;
    case 'days': {
      const shape = shapeOf(dom.days, 1, 31);
      if (shape.kind === 'all') return null;
      if (isLongRange(shape)) {
        return ` from the ${ordinal(shape.from)} to the ${ordinal(shape.to)} of the month`;
      }
      if (dom.days.length <= 6) return ` on the ${joinAnd(dom.days.map(ordinal))} of the month`;
      return ` on days ${compact(dom.days)} of the month`;
    }
    case 'any':
      break;
  }
  switch (dow.kind) {
    case 'last':
      return ` on the last ${dayName(dow.day)} of the month`;
    case 'nth':
      return ` on the ${NTH[dow.nth - 1] ?? ordinal(dow.nth)} ${dayName(dow.day)} of the month`;
    case 'days': {
      const shape = shapeOf(dow.days, 1, 7);
      if (shape.kind === 'all') return null;
      if (isLongRange(shape)) {
        return `, ${dayName(shape.from)} to ${dayName(shape.to)}`;
      }
      return ` every ${joinAnd(dow.days.map(dayName))}`;
    }
    case 'any':
      return null;
  }
}
