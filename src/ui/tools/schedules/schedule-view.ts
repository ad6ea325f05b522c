/**
 * What the schedule preview shows for one expression at one moment: the parsed schedule, its plain
 * English, its next fire times, or the reason it is invalid and the cron fields that reason names.
 * Pure: "now" is passed in by the UI, which alone reads the clock.
 */
import {
  describeSchedule,
  nextFireTimes,
  parseSchedule,
  type Schedule,
} from '../../../engine/eventbridge/schedule';
import {
  atProblem,
  nextSchedulerTimes,
  parseSchedulerExpression,
  skippedWallTimes,
  type SchedulerSchedule,
} from '../../../engine/eventbridge/scheduler-expression';
import { formatWall, isTimeZone } from '../../../engine/eventbridge/time-zone';

/** Who runs the expression: a legacy scheduled rule (UTC) or EventBridge Scheduler in a zone. */
export type ScheduleRunner = { kind: 'rule' } | { kind: 'scheduler'; zone: string };

export type CronFieldKey = 'minutes' | 'hours' | 'dayOfMonth' | 'month' | 'dayOfWeek' | 'year';

export interface CronFieldInfo {
  readonly key: CronFieldKey;
  /** As the parser names the field in its messages. */
  readonly name: string;
  readonly title: string;
  /** The values the field takes. */
  readonly values: string;
  /** The special characters it accepts. */
  readonly special: string;
}

export const CRON_FIELDS: readonly CronFieldInfo[] = [
  { key: 'minutes', name: 'minutes', title: 'Minutes', values: '0–59', special: ', - * /' },
  { key: 'hours', name: 'hours', title: 'Hours', values: '0–23', special: ', - * /' },
  {
    key: 'dayOfMonth',
    name: 'day-of-month',
    title: 'Day of month',
    values: '1–31',
    special: ', - * ? / L W',
  },
  { key: 'month', name: 'month', title: 'Month', values: '1–12, JAN–DEC', special: ', - * /' },
  {
    key: 'dayOfWeek',
    name: 'day-of-week',
    title: 'Day of week',
    values: '1–7, SUN–SAT',
    special: ', - * ? L #',
  },
  { key: 'year', name: 'year', title: 'Year', values: '1970–2199', special: ', - * /' },
];

export const PREVIEW_COUNT = 10;

export type ScheduleView =
  | { kind: 'empty' }
  | {
      kind: 'invalid';
      error: string;
      /** The cron fields the error is about, to highlight them. */
      fields: readonly CronFieldKey[];
      /** The six cron fields as typed, when there are six. */
      parts: readonly string[] | null;
    }
  | {
      kind: 'valid';
      schedule: Schedule | SchedulerSchedule;
      description: string;
      /** UTC epoch ms, ascending; fewer than asked when the schedule runs out of years. */
      times: readonly number[];
      parts: readonly string[] | null;
      /** Scheduler only: wall times among the next ones that the zone's clock skips. */
      skipped: readonly string[];
    };

export function viewSchedule(
  text: string,
  now: number,
  count = PREVIEW_COUNT,
  runner: ScheduleRunner = { kind: 'rule' },
): ScheduleView {
  if (text.trim() === '') return { kind: 'empty' };
  if (runner.kind === 'scheduler') return viewScheduler(text, now, count, runner.zone);
  const parts = cronParts(text);
  const parsed = parseSchedule(text);
  if (!parsed.ok) {
    return { kind: 'invalid', error: parsed.error, fields: fieldsNamedIn(parsed.error), parts };
  }
  return {
    kind: 'valid',
    schedule: parsed.schedule,
    description: describeSchedule(parsed.schedule),
    // A rate schedule starts counting when its rule is created; the preview pretends that is now.
    times: nextFireTimes(parsed.schedule, now, count, now),
    parts,
    skipped: [],
  };
}

/** An EventBridge Scheduler expression read in `zone`: rate, cron or one-time at(). */
function viewScheduler(text: string, now: number, count: number, zone: string): ScheduleView {
  const parts = cronParts(text);
  if (!isTimeZone(zone)) {
    return {
      kind: 'invalid',
      error: `"${zone}" is not a time zone name: use an IANA name such as Europe/Paris`,
      fields: [],
      parts,
    };
  }
  const parsed = parseSchedulerExpression(text);
  if (!parsed.ok) {
    return { kind: 'invalid', error: parsed.error, fields: fieldsNamedIn(parsed.error), parts };
  }
  const schedule = parsed.schedule;
  if (schedule.kind === 'at') {
    const problem = atProblem(schedule, zone);
    if (problem !== null) return { kind: 'invalid', error: problem, fields: [], parts: null };
  }
  const times = nextSchedulerTimes(schedule, zone, now, count, now);
  const last = times[times.length - 1];
  return {
    kind: 'valid',
    schedule,
    description:
      schedule.kind === 'at'
        ? `once, at ${formatWall(schedule.wall)} ${zone}`
        : schedule.kind === 'cron'
          ? describeSchedule(schedule).replace(/ UTC\b/g, ` ${zone}`)
          : describeSchedule(schedule),
    times,
    parts,
    skipped: last === undefined ? [] : skippedWallTimes(schedule, zone, now, last).map(formatWall),
  };
}

/** The fields between "cron(" and ")", if there are exactly six. */
export function cronParts(text: string): string[] | null {
  const m = /^\s*cron\((.*)\)\s*$/.exec(text);
  if (!m) return null;
  const parts = m[1]!.trim().split(/\s+/);
  return parts.length === 6 ? parts : null;
}

const FIELD_PREFIX = /^(minutes|hours|day-of-month|month|day-of-week|year):/;

/** Which cron fields an error message from the parser is about. */
export function fieldsNamedIn(error: string): CronFieldKey[] {
  const m = FIELD_PREFIX.exec(error);
  if (m) return CRON_FIELDS.filter((f) => f.name === m[1]).map((f) => f.key);
  // The one rule that spans two fields: exactly one of the day fields must be "?".
  if (/^(one of )?day-of-month (and|or) day-of-week/.test(error))
    return ['dayOfMonth', 'dayOfWeek'];
  return [];
}
