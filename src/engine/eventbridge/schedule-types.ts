/**
 * Parsed EventBridge schedule expressions. All calendar fields are UTC, as in EventBridge
 * scheduled rules.
 */

export type RateUnit = 'minute' | 'minutes' | 'hour' | 'hours' | 'day' | 'days';

export interface RateSchedule {
  kind: 'rate';
  /** Positive integer count of `unit`s between fires. */
  value: number;
  unit: RateUnit;
  periodMs: number;
  expression: string;
}

/** Day-of-month: `?` is 'any'; numbers, ranges, steps and `*` become an explicit list of days. */
export type DayOfMonthSpec =
  | { kind: 'any' }
  | { kind: 'days'; days: number[] }
  /** `L`: the last day of the month. */
  | { kind: 'last' }
  /** `LW`: the last weekday (Monday–Friday) of the month. */
  | { kind: 'lastWeekday' }
  /** `15W`: the weekday nearest the given day, without leaving the month. */
  | { kind: 'nearestWeekday'; day: number };

/** Day-of-week uses 1 = SUN … 7 = SAT throughout. */
export type DayOfWeekSpec =
  | { kind: 'any' }
  | { kind: 'days'; days: number[] }
  /** `6L`: the last such weekday of the month. */
  | { kind: 'last'; day: number }
  /** `3#2`: the nth such weekday of the month (n is 1–5). */
  | { kind: 'nth'; day: number; nth: number };

/** The six cron fields as written (after splitting on white space). */
export interface CronFieldText {
  minutes: string;
  hours: string;
  dayOfMonth: string;
  month: string;
  dayOfWeek: string;
  year: string;
}

export interface CronSchedule {
  kind: 'cron';
  /** Sorted, distinct values for the plain numeric fields. */
  minutes: number[];
  hours: number[];
  dayOfMonth: DayOfMonthSpec;
  months: number[];
  dayOfWeek: DayOfWeekSpec;
  years: number[];
  fields: CronFieldText;
  expression: string;
}

export type Schedule = RateSchedule | CronSchedule;

export type ParseScheduleResult = { ok: true; schedule: Schedule } | { ok: false; error: string };

/** Cron years stop at 2199, so nothing ever fires at or after this instant. */
export const SCHEDULE_HORIZON_MS = Date.UTC(2200, 0, 1);

export const MINUTE_MS = 60_000;
