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
      schedule: Schedule;
      description: string;
      /** UTC epoch ms, ascending; fewer than asked when the schedule runs out of years. */
      times: readonly number[];
      parts: readonly string[] | null;
    };

export function viewSchedule(text: string, now: number, count = PREVIEW_COUNT): ScheduleView {
  if (text.trim() === '') return { kind: 'empty' };
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
