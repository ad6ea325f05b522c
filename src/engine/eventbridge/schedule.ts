/**
 * EventBridge schedule expressions: `rate(value unit)` and `cron(minutes hours day-of-month month
 * day-of-week year)`, evaluated in UTC.
 *
 * Syntax choices where the AWS documentation leaves room:
 * - White space around the whole expression is ignored. Inside, the keyword must be lower case
 *   and directly followed by "(", with no space just inside the parentheses; fields are
 *   separated by one or more spaces.
 * - Rate units are lower case; the unit is singular exactly when the value is 1.
 * - Cron details (`?`, `L`, `W`, `#`, steps, names) are documented in cron-parse.ts.
 */
import { parseCronBody } from './cron-parse';
import { nextCronTimes } from './cron-next';
import {
  MINUTE_MS,
  SCHEDULE_HORIZON_MS,
  type ParseScheduleResult,
  type RateSchedule,
  type RateUnit,
  type Schedule,
} from './schedule-types';

export { describeSchedule } from './schedule-describe';
export type {
  CronFieldText,
  CronSchedule,
  DayOfMonthSpec,
  DayOfWeekSpec,
  ParseScheduleResult,
  RateSchedule,
  RateUnit,
  Schedule,
} from './schedule-types';

const UNIT_MS: Record<RateUnit, number> = {
  minute: MINUTE_MS,
  minutes: MINUTE_MS,
  hour: 60 * MINUTE_MS,
  hours: 60 * MINUTE_MS,
  day: 24 * 60 * MINUTE_MS,
  days: 24 * 60 * MINUTE_MS,
};

/** The largest instant a Date can hold. */
const MAX_DATE_MS = 8.64e15;

const EXPECTED = 'expected rate(value unit) or cron(fields)';

function quote(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

export function parseSchedule(expression: string): ParseScheduleResult {
  if (typeof expression !== 'string') return { ok: false, error: `${EXPECTED}, got no text` };
  const expr = expression.trim();
  if (expr === '') return { ok: false, error: `the expression is empty: ${EXPECTED}` };
  const head = /^([A-Za-z]+)\s*\(/.exec(expr);
  const word = head?.[1] ?? '';
  const keyword = word.toLowerCase();
  if (!head || (keyword !== 'rate' && keyword !== 'cron')) {
    return { ok: false, error: `${EXPECTED}, got ${quote(expr)}` };
  }
  if (word !== keyword) return { ok: false, error: `write "${keyword}" in lower case` };
  if (head[0] !== `${keyword}(`) {
    return { ok: false, error: `no space is allowed between "${keyword}" and "("` };
  }
  const close = expr.indexOf(')');
  if (close < 0) return { ok: false, error: `${keyword}(…) is missing its closing ")"` };
  if (close !== expr.length - 1) {
    return { ok: false, error: `unexpected text after ")": ${quote(expr.slice(close + 1))}` };
  }
  const body = expr.slice(head[0].length, close);
  if (body.trim() === '') {
    return {
      ok: false,
      error:
        keyword === 'rate'
          ? 'rate() is empty: give a value and a unit, e.g. rate(5 minutes)'
          : 'cron() is empty: give 6 fields, e.g. cron(0 10 * * ? *)',
    };
  }
  if (/^\s|\s$/.test(body)) {
    return { ok: false, error: `no space is allowed just inside the parentheses of ${keyword}()` };
  }
  if (keyword === 'cron') return parseCronBody(body, expr);
  return parseRate(body, expr);
}

function parseRate(body: string, expression: string): ParseScheduleResult {
  const where = `rate(${body})`;
  const parts = body.split(/\s+/);
  if (parts.length !== 2) {
    return {
      ok: false,
      error: `${where}: needs a value and a unit, e.g. rate(5 minutes), got ${parts.length} part${parts.length === 1 ? '' : 's'}`,
    };
  }
  const [valueText = '', unitText = ''] = parts;
  if (!/^\d+$/.test(valueText) || Number(valueText) === 0) {
    return {
      ok: false,
      error: `${where}: the value must be a positive whole number, got "${valueText}"`,
    };
  }
  const value = Number(valueText);
  if (!(unitText in UNIT_MS)) {
    const lower = unitText.toLowerCase();
    return {
      ok: false,
      error:
        lower in UNIT_MS
          ? `${where}: write the unit in lower case: "${lower}"`
          : `${where}: unknown unit "${unitText}" — use minute(s), hour(s) or day(s)`,
    };
  }
  const unit = unitText as RateUnit;
  const plural = unit.endsWith('s');
  if (value === 1 && plural) {
    return { ok: false, error: `${where}: use "${unit.slice(0, -1)}" with 1` };
  }
  if (value !== 1 && !plural) {
    return { ok: false, error: `${where}: use "${unit}s" with values other than 1` };
  }
  const periodMs = value * UNIT_MS[unit];
  if (periodMs >= SCHEDULE_HORIZON_MS) {
    return { ok: false, error: `${where}: the value is too large` };
  }
  const schedule: RateSchedule = { kind: 'rate', value, unit, periodMs, expression };
  return { ok: true, schedule };
}

/**
 * The next `count` fire times strictly after `fromEpochMs`, ascending, as UTC epoch ms; [] for an
 * invalid expression. Nothing fires at or after 2200-01-01, so fewer than `count` may come back.
 *
 * A rate schedule fires at `rateStartEpochMs + k·period` for k ≥ 0 (the start itself is the first
 * fire, as with a schedule's start date); the start defaults to `fromEpochMs`, so the first fire
 * is then one period later.
 */
export function nextFireTimes(
  expression: string | Schedule,
  fromEpochMs: number,
  count: number,
  rateStartEpochMs: number = fromEpochMs,
): number[] {
  let schedule: Schedule;
  if (typeof expression === 'string') {
    const parsed = parseSchedule(expression);
    if (!parsed.ok) return [];
    schedule = parsed.schedule;
  } else {
    schedule = expression;
  }
  const n = Math.floor(count);
  if (!(n > 0) || !Number.isFinite(fromEpochMs)) return [];
  if (schedule.kind === 'cron') return nextCronTimes(schedule, fromEpochMs, n);
  return nextRateTimes(schedule.periodMs, rateStartEpochMs, fromEpochMs, n);
}

function nextRateTimes(
  period: number,
  start: number,
  fromEpochMs: number,
  count: number,
): number[] {
  // Outside the Date range the arithmetic below would lose whole periods to rounding.
  if (!(Math.abs(start) <= MAX_DATE_MS) || !(period > 0)) return [];
  if (fromEpochMs >= SCHEDULE_HORIZON_MS) return [];
  const from = Math.max(fromEpochMs, -MAX_DATE_MS);
  let k = from < start ? 0 : Math.floor((from - start) / period) + 1;
  // Correct any rounding in the division so that k is the first period strictly after from.
  while (k > 0 && start + (k - 1) * period > from) k--;
  while (start + k * period <= from) k++;
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const t = start + (k + i) * period;
    if (t >= SCHEDULE_HORIZON_MS) break;
    out.push(t);
  }
  return out;
}
