import { describe, expect, it } from 'vitest';
import {
  describeSchedule,
  nextFireTimes,
  parseSchedule,
  type Schedule,
} from '../../../src/engine/eventbridge/schedule';

/** Tuesday 24 November 2026, 03:41 UTC. */
const FROM = Date.UTC(2026, 10, 24, 3, 41);

const iso = (times: number[]): string[] => times.map((t) => new Date(t).toISOString());

function parsed(expression: string): Schedule {
  const r = parseSchedule(expression);
  if (!r.ok) throw new Error(`${expression}: ${r.error}`);
  return r.schedule;
}

function errorOf(expression: string): string {
  const r = parseSchedule(expression);
  if (r.ok) throw new Error(`${expression} unexpectedly parsed`);
  return r.error;
}

describe('cron worked examples (from Tuesday 2026-11-24 03:41 UTC)', () => {
  it('cron(0 10 * * ? *) fires at 10:00 every day', () => {
    expect(iso(nextFireTimes('cron(0 10 * * ? *)', FROM, 3))).toEqual([
      '2026-11-24T10:00:00.000Z',
      '2026-11-25T10:00:00.000Z',
      '2026-11-26T10:00:00.000Z',
    ]);
  });

  it('cron(0 18 ? * MON-FRI *) skips the weekend', () => {
    expect(iso(nextFireTimes('cron(0 18 ? * MON-FRI *)', FROM, 5))).toEqual([
      '2026-11-24T18:00:00.000Z',
      '2026-11-25T18:00:00.000Z',
      '2026-11-26T18:00:00.000Z',
      '2026-11-27T18:00:00.000Z',
      '2026-11-30T18:00:00.000Z',
    ]);
  });

  it('cron(0 8 1 * ? *) fires on the 1st, across a year boundary', () => {
    expect(iso(nextFireTimes('cron(0 8 1 * ? *)', FROM, 3))).toEqual([
      '2026-12-01T08:00:00.000Z',
      '2027-01-01T08:00:00.000Z',
      '2027-02-01T08:00:00.000Z',
    ]);
  });

  it('cron(0/15 * * * ? *) fires every quarter hour', () => {
    expect(iso(nextFireTimes('cron(0/15 * * * ? *)', FROM, 4))).toEqual([
      '2026-11-24T03:45:00.000Z',
      '2026-11-24T04:00:00.000Z',
      '2026-11-24T04:15:00.000Z',
      '2026-11-24T04:30:00.000Z',
    ]);
  });

  it('cron(0/5 8-17 ? * MON-FRI *) covers 08:00–17:55 on weekdays', () => {
    const times = iso(nextFireTimes('cron(0/5 8-17 ? * MON-FRI *)', FROM, 121));
    expect(times.slice(0, 3)).toEqual([
      '2026-11-24T08:00:00.000Z',
      '2026-11-24T08:05:00.000Z',
      '2026-11-24T08:10:00.000Z',
    ]);
    // 10 hours × 12 fires a day: the 120th is the last of Tuesday, the 121st opens Wednesday.
    expect(times[119]).toBe('2026-11-24T17:55:00.000Z');
    expect(times[120]).toBe('2026-11-25T08:00:00.000Z');
    // From Friday evening, the next fire is Monday morning.
    const friday = Date.UTC(2026, 10, 27, 17, 56);
    expect(iso(nextFireTimes('cron(0/5 8-17 ? * MON-FRI *)', friday, 1))).toEqual([
      '2026-11-30T08:00:00.000Z',
    ]);
  });

  it('cron(5,35 14 * * ? *) fires at 14:05 and 14:35', () => {
    expect(iso(nextFireTimes('cron(5,35 14 * * ? *)', FROM, 3))).toEqual([
      '2026-11-24T14:05:00.000Z',
      '2026-11-24T14:35:00.000Z',
      '2026-11-25T14:05:00.000Z',
    ]);
  });

  it('cron(15 10 ? * 6L 2019-2022) fires on last Fridays and stops after 2022', () => {
    const e = 'cron(15 10 ? * 6L 2019-2022)';
    expect(nextFireTimes(e, FROM, 10)).toEqual([]);
    expect(iso(nextFireTimes(e, Date.UTC(2018, 11, 31), 2))).toEqual([
      '2019-01-25T10:15:00.000Z',
      '2019-02-22T10:15:00.000Z',
    ]);
    expect(iso(nextFireTimes(e, Date.UTC(2022, 9, 1), 10))).toEqual([
      '2022-10-28T10:15:00.000Z',
      '2022-11-25T10:15:00.000Z',
      '2022-12-30T10:15:00.000Z',
    ]);
    expect(nextFireTimes(e, Date.UTC(2018, 11, 31), 100)).toHaveLength(48);
  });

  it('cron(0 9 ? * 2#1 *) fires on the first Monday', () => {
    expect(iso(nextFireTimes('cron(0 9 ? * 2#1 *)', FROM, 3))).toEqual([
      '2026-12-07T09:00:00.000Z',
      '2027-01-04T09:00:00.000Z',
      '2027-02-01T09:00:00.000Z',
    ]);
  });

  it('cron(0 0 L * ? *) follows month lengths, including leap Februaries', () => {
    expect(iso(nextFireTimes('cron(0 0 L * ? *)', FROM, 4))).toEqual([
      '2026-11-30T00:00:00.000Z',
      '2026-12-31T00:00:00.000Z',
      '2027-01-31T00:00:00.000Z',
      '2027-02-28T00:00:00.000Z',
    ]);
    expect(iso(nextFireTimes('cron(0 0 L * ? *)', Date.UTC(2028, 0, 31, 0, 0), 3))).toEqual([
      '2028-02-29T00:00:00.000Z',
      '2028-03-31T00:00:00.000Z',
      '2028-04-30T00:00:00.000Z',
    ]);
  });

  it('cron(0 12 15W * ? *) moves a weekend 15th to the nearest weekday', () => {
    expect(iso(nextFireTimes('cron(0 12 15W * ? *)', FROM, 9))).toEqual([
      '2026-12-15T12:00:00.000Z',
      '2027-01-15T12:00:00.000Z',
      '2027-02-15T12:00:00.000Z',
      '2027-03-15T12:00:00.000Z',
      '2027-04-15T12:00:00.000Z',
      '2027-05-14T12:00:00.000Z', // Saturday 15th → Friday
      '2027-06-15T12:00:00.000Z',
      '2027-07-15T12:00:00.000Z',
      '2027-08-16T12:00:00.000Z', // Sunday 15th → Monday
    ]);
  });

  it('W never leaves the month', () => {
    // 1 May 2027 is a Saturday: Friday would be in April, so Monday the 3rd.
    expect(iso(nextFireTimes('cron(0 12 1W * ? *)', Date.UTC(2027, 3, 2), 2))).toEqual([
      '2027-05-03T12:00:00.000Z',
      '2027-06-01T12:00:00.000Z',
    ]);
    // 31 October 2027 is a Sunday: Monday would be in November, so Friday the 29th.
    // Months without a 31st do not fire, like a plain "31".
    expect(iso(nextFireTimes('cron(0 12 31W * ? *)', Date.UTC(2027, 8, 1), 3))).toEqual([
      '2027-10-29T12:00:00.000Z',
      '2027-12-31T12:00:00.000Z',
      '2028-01-31T12:00:00.000Z',
    ]);
  });

  it('LW is the last weekday of the month', () => {
    expect(iso(nextFireTimes('cron(0 21 LW * ? *)', FROM, 4))).toEqual([
      '2026-11-30T21:00:00.000Z',
      '2026-12-31T21:00:00.000Z',
      '2027-01-29T21:00:00.000Z', // 31st is a Sunday
      '2027-02-26T21:00:00.000Z', // 28th is a Sunday
    ]);
  });

  it('L alone in day-of-week means Saturday', () => {
    expect(iso(nextFireTimes('cron(0 10 ? * L *)', FROM, 2))).toEqual([
      '2026-11-28T10:00:00.000Z',
      '2026-12-05T10:00:00.000Z',
    ]);
  });

  it('a fifth weekday that a month lacks simply skips that month', () => {
    // Fifth Tuesdays: December 2026 has one (the 29th); January and February 2027 have none.
    expect(iso(nextFireTimes('cron(0 9 ? * 3#5 *)', FROM, 3))).toEqual([
      '2026-12-29T09:00:00.000Z',
      '2027-03-30T09:00:00.000Z',
      '2027-06-29T09:00:00.000Z',
    ]);
  });

  it('steps, ranges with steps, */n and names all work', () => {
    expect(nextFireTimes('cron(*/5 * * * ? *)', FROM, 5)).toEqual(
      nextFireTimes('cron(0/5 * * * ? *)', FROM, 5),
    );
    expect(iso(nextFireTimes('cron(0 8-17/3 * * ? *)', FROM, 5))).toEqual([
      '2026-11-24T08:00:00.000Z',
      '2026-11-24T11:00:00.000Z',
      '2026-11-24T14:00:00.000Z',
      '2026-11-24T17:00:00.000Z',
      '2026-11-25T08:00:00.000Z',
    ]);
    expect(iso(nextFireTimes('cron(1/20 5 * * ? *)', FROM, 3))).toEqual([
      '2026-11-24T05:01:00.000Z',
      '2026-11-24T05:21:00.000Z',
      '2026-11-24T05:41:00.000Z',
    ]);
    expect(iso(nextFireTimes('cron(0 0 1 jan,Jul ? *)', FROM, 2))).toEqual([
      '2027-01-01T00:00:00.000Z',
      '2027-07-01T00:00:00.000Z',
    ]);
    expect(nextFireTimes('cron(0 18 ? * mon-fri *)', FROM, 5)).toEqual(
      nextFireTimes('cron(0 18 ? * 2-6 *)', FROM, 5),
    );
  });

  it('times are strictly after from, even when from is a fire time', () => {
    const at10 = Date.UTC(2026, 10, 24, 10, 0);
    expect(iso(nextFireTimes('cron(0 10 * * ? *)', at10, 1))).toEqual(['2026-11-25T10:00:00.000Z']);
    expect(iso(nextFireTimes('cron(0 10 * * ? *)', at10 - 1, 1))).toEqual([
      '2026-11-24T10:00:00.000Z',
    ]);
    // Part-way through a minute: that minute has already begun, so the next one is first.
    expect(iso(nextFireTimes('cron(* * * * ? *)', FROM + 30_000, 1))).toEqual([
      '2026-11-24T03:42:00.000Z',
    ]);
  });

  it('stops at the end of 2199 and never fires before 1970', () => {
    expect(iso(nextFireTimes('cron(59 23 31 12 ? *)', Date.UTC(2199, 0, 1), 5))).toEqual([
      '2199-12-31T23:59:00.000Z',
    ]);
    expect(nextFireTimes('cron(* * * * ? *)', Date.UTC(2200, 0, 1), 5)).toEqual([]);
    expect(iso(nextFireTimes('cron(0 0 1 1 ? *)', Date.UTC(1950, 5, 1), 2))).toEqual([
      '1970-01-01T00:00:00.000Z',
      '1971-01-01T00:00:00.000Z',
    ]);
  });

  // The search gives up after a bounded scan; its speed is a budget of `npm run bench`.
  it('expressions that can never fire return []', () => {
    for (const e of [
      'cron(0 0 30 2 ? *)',
      'cron(0 0 31 4,6,9,11 ? *)',
      'cron(* * 31 FEB ? *)',
      'cron(0 0 30W 2 ? *)',
    ]) {
      expect(nextFireTimes(e, FROM, 10)).toEqual([]);
    }
  });

  it('accepts a parsed Schedule as well as a string', () => {
    const s = parsed('cron(0 10 * * ? *)');
    expect(nextFireTimes(s, FROM, 3)).toEqual(nextFireTimes('cron(0 10 * * ? *)', FROM, 3));
  });

  it('returns [] for invalid input, a non-positive count or a non-finite time', () => {
    expect(nextFireTimes('cron(0 10 * * *)', FROM, 3)).toEqual([]);
    expect(nextFireTimes('cron(0 10 * * ? *)', FROM, 0)).toEqual([]);
    expect(nextFireTimes('cron(0 10 * * ? *)', FROM, -2)).toEqual([]);
    expect(nextFireTimes('cron(0 10 * * ? *)', Number.NaN, 3)).toEqual([]);
    expect(nextFireTimes('rate(5 minutes)', Number.POSITIVE_INFINITY, 3)).toEqual([]);
    expect(nextFireTimes('cron(0 10 * * ? *)', FROM, 2.9)).toHaveLength(2);
  });
});

describe('rate worked examples', () => {
  it('rate(5 minutes) counts from the start time, which defaults to from', () => {
    expect(iso(nextFireTimes('rate(5 minutes)', FROM, 3))).toEqual([
      '2026-11-24T03:46:00.000Z',
      '2026-11-24T03:51:00.000Z',
      '2026-11-24T03:56:00.000Z',
    ]);
    // Started at midnight: 03:45 is the 45th period (225 minutes) after the start.
    const midnight = Date.UTC(2026, 10, 24);
    expect(iso(nextFireTimes('rate(5 minutes)', FROM, 2, midnight))).toEqual([
      '2026-11-24T03:45:00.000Z',
      '2026-11-24T03:50:00.000Z',
    ]);
  });

  it('rate(1 day) fires daily at the start time of day', () => {
    const start = Date.UTC(2026, 10, 20, 12, 0);
    expect(iso(nextFireTimes('rate(1 day)', FROM, 3, start))).toEqual([
      '2026-11-24T12:00:00.000Z',
      '2026-11-25T12:00:00.000Z',
      '2026-11-26T12:00:00.000Z',
    ]);
  });

  it('a future start is itself the first fire', () => {
    const start = Date.UTC(2026, 10, 25);
    expect(iso(nextFireTimes('rate(2 hours)', FROM, 2, start))).toEqual([
      '2026-11-25T00:00:00.000Z',
      '2026-11-25T02:00:00.000Z',
    ]);
  });

  it('a from exactly on a fire time excludes it', () => {
    const start = Date.UTC(2026, 10, 24);
    const from = start + 2 * 3_600_000;
    expect(iso(nextFireTimes('rate(1 hour)', from, 1, start))).toEqual([
      '2026-11-24T03:00:00.000Z',
    ]);
  });

  it('parses value, unit and period', () => {
    expect(parseSchedule('rate(1 minute)')).toEqual({
      ok: true,
      schedule: {
        kind: 'rate',
        value: 1,
        unit: 'minute',
        periodMs: 60_000,
        expression: 'rate(1 minute)',
      },
    });
    const s = parsed('rate(3 days)');
    expect(s.kind === 'rate' && s.periodMs).toBe(3 * 86_400_000);
  });

  it('copes with extreme instants without looping', () => {
    expect(nextFireTimes('rate(1 minute)', -1e300, 2, 0)).toEqual([0, 60_000]);
    expect(nextFireTimes('rate(1 minute)', FROM, 2, 1e300)).toEqual([]);
    expect(nextFireTimes('rate(1 minute)', FROM, 2, Number.NaN)).toEqual([]);
    expect(nextFireTimes('cron(0 0 1 1 ? *)', -1e300, 1)).toEqual([0]);
    expect(nextFireTimes('cron(0 0 1 1 ? *)', 1e300, 1)).toEqual([]);
  });

  it('stops before 2200', () => {
    const start = Date.UTC(2199, 11, 31);
    expect(nextFireTimes('rate(1 day)', start - 1, 5, start)).toEqual([start]);
  });
});

describe('parsing', () => {
  it('keeps the parsed cron fields', () => {
    const s = parsed('cron(0/15 8-10 ? JAN-MAR 6L 2026,2028)');
    expect(s).toEqual({
      kind: 'cron',
      minutes: [0, 15, 30, 45],
      hours: [8, 9, 10],
      dayOfMonth: { kind: 'any' },
      months: [1, 2, 3],
      dayOfWeek: { kind: 'last', day: 6 },
      years: [2026, 2028],
      fields: {
        minutes: '0/15',
        hours: '8-10',
        dayOfMonth: '?',
        month: 'JAN-MAR',
        dayOfWeek: '6L',
        year: '2026,2028',
      },
      expression: 'cron(0/15 8-10 ? JAN-MAR 6L 2026,2028)',
    });
  });

  it('is lenient about white space around the expression and between fields', () => {
    expect(parseSchedule('  cron(0 10 * * ? *)\n').ok).toBe(true);
    expect(parseSchedule('cron(0  10 *\t* ? *)').ok).toBe(true);
    expect(parseSchedule(' rate(5  minutes) ').ok).toBe(true);
  });

  it('accepts the documented wildcards in each field', () => {
    for (const e of [
      'cron(0 10 * * ? *)',
      'cron(0 10 ? * * *)',
      'cron(0 10 1-15/2 * ? *)',
      'cron(0 10 L * ? *)',
      'cron(0 10 LW * ? *)',
      'cron(0 10 15W * ? *)',
      'cron(0 10 ? * 6L *)',
      'cron(0 10 ? * FRIL *)',
      'cron(0 10 ? * MON#2 *)',
      'cron(0 10 ? * SUN,SAT *)',
      'cron(0 10 * 1/3 ? *)',
      'cron(0 10 * */2 ? 2020/5)',
      'cron(0 0 1 1 ? 1970-2199)',
      'cron(0,30 0-23 * DEC ? *)',
      'rate(1 hour)',
      'rate(5 hours)',
      'rate(1 day)',
      'rate(7 days)',
    ]) {
      expect(parseSchedule(e), e).toMatchObject({ ok: true });
    }
  });
});

describe('invalid expressions give exact reasons', () => {
  const cases: [string, string][] = [
    ['', 'the expression is empty: expected rate(value unit) or cron(fields)'],
    ['every 5 minutes', 'expected rate(value unit) or cron(fields), got "every 5 minutes"'],
    [
      'at(2026-01-01T00:00:00)',
      'expected rate(value unit) or cron(fields), got "at(2026-01-01T00:00:00)"',
    ],
    ['CRON(0 10 * * ? *)', 'write "cron" in lower case'],
    ['rate (5 minutes)', 'no space is allowed between "rate" and "("'],
    ['rate(5 minutes', 'rate(…) is missing its closing ")"'],
    ['cron(0 10 * * ? *) daily', 'unexpected text after ")": " daily"'],
    ['cron( 0 10 * * ? *)', 'no space is allowed just inside the parentheses of cron()'],
    ['rate()', 'rate() is empty: give a value and a unit, e.g. rate(5 minutes)'],
    ['rate(1 hours)', 'rate(1 hours): use "hour" with 1'],
    ['rate(5 hour)', 'rate(5 hour): use "hours" with values other than 1'],
    ['rate(0 minutes)', 'rate(0 minutes): the value must be a positive whole number, got "0"'],
    ['rate(-5 minutes)', 'rate(-5 minutes): the value must be a positive whole number, got "-5"'],
    ['rate(1.5 hours)', 'rate(1.5 hours): the value must be a positive whole number, got "1.5"'],
    ['rate(5 weeks)', 'rate(5 weeks): unknown unit "weeks" — use minute(s), hour(s) or day(s)'],
    ['rate(5 Minutes)', 'rate(5 Minutes): write the unit in lower case: "minutes"'],
    ['rate(5)', 'rate(5): needs a value and a unit, e.g. rate(5 minutes), got 1 part'],
    ['rate(99999999 days)', 'rate(99999999 days): the value is too large'],
    [
      'cron(0 10 * * ?)',
      'cron needs 6 fields (minutes hours day-of-month month day-of-week year), got 5',
    ],
    [
      'cron(0 0 10 * * ? *)',
      'cron needs 6 fields (minutes hours day-of-month month day-of-week year), got 7',
    ],
    ['cron(0 10 * * * *)', 'one of day-of-month or day-of-week must be "?"'],
    ['cron(0 10 1 * MON *)', 'one of day-of-month or day-of-week must be "?"'],
    [
      'cron(0 10 ? * ? *)',
      'day-of-month and day-of-week cannot both be "?": use "*" in one of them',
    ],
    ['cron(60 10 * * ? *)', 'minutes: "60" is out of range 0–59'],
    ['cron(0 24 * * ? *)', 'hours: "24" is out of range 0–23'],
    ['cron(0 10 0 * ? *)', 'day-of-month: "0" is out of range 1–31'],
    ['cron(0 10 * 13 ? *)', 'month: "13" is out of range 1–12 (or JAN–DEC)'],
    ['cron(0 10 ? * 8 *)', 'day-of-week: "8" is out of range 1–7 (1 = SUN)'],
    ['cron(0 10 ? * 0 *)', 'day-of-week: "0" is out of range 1–7 (1 = SUN)'],
    ['cron(0 10 * * ? 2200)', 'year: "2200" is out of range 1970–2199'],
    ['cron(0/0 * * * ? *)', 'minutes: "0/0" — the increment must be at least 1'],
    ['cron(0/61 * * * ? *)', 'minutes: "0/61" — the increment must be at most 60'],
    ['cron(0/x * * * ? *)', 'minutes: "0/x" — the increment after "/" must be a whole number'],
    ['cron(0 10 1,L * ? *)', 'day-of-month: "L" and "W" cannot be used with a list or range'],
    ['cron(0 10 1-15W * ? *)', 'day-of-month: "L" and "W" cannot be used with a list or range'],
    ['cron(0 10 L/2 * ? *)', 'day-of-month: "L" and "W" cannot be used with an increment'],
    [
      'cron(0 10 L-3 * ? *)',
      'day-of-month: "L-3" — offsets from the last day ("L-n") are not supported',
    ],
    ['cron(0 10 W * ? *)', 'day-of-month: "W" needs a day before it, e.g. "15W"'],
    ['cron(0 10 32W * ? *)', 'day-of-month: "32" is out of range 1–31'],
    [
      'cron(0 10 5L * ? *)',
      'day-of-month: "5L" is not valid — use "L" (last day), "LW" (last weekday) or a day followed by "W", e.g. "15W"',
    ],
    ['cron(0 10 ? * FUNDAY *)', 'day-of-week: "FUNDAY" is not a day name (SUN–SAT) or number 1–7'],
    ['cron(0 10 * JANUARY ? *)', 'month: "JANUARY" is not a month name (JAN–DEC) or number 1–12'],
    ['cron(ten 10 * * ? *)', 'minutes: "ten" is not a number'],
    ['cron(0 10 ? * 3#1,6#3 *)', 'day-of-week: only one "#" expression is allowed (got "3#1,6#3")'],
    ['cron(0 10 ? * 3#6 *)', 'day-of-week: "3#6" — the occurrence after "#" must be 1–5'],
    [
      'cron(0 10 ? * 2-3#1 *)',
      'day-of-week: "2-3#1" — "#" needs a single day and an occurrence, e.g. "3#2"',
    ],
    ['cron(0 10 ? * 2,6L *)', 'day-of-week: "L" cannot be used with a list or range'],
    [
      'cron(0 10 ? * 6LL *)',
      'day-of-week: "6LL" is not valid — use "L" alone or after a day, e.g. "6L" (last Friday)',
    ],
    [
      'cron(0 10 ? * */2 *)',
      'day-of-week: "/" (increments) is not supported in day-of-week; list the days instead',
    ],
    ['cron(0 ? * * ? *)', 'hours: "?" can only be used in day-of-month or day-of-week'],
    ['cron(L 10 * * ? *)', 'minutes: "L" can only be used in day-of-month or day-of-week'],
    ['cron(0 10 * 5W ? *)', 'month: "W" can only be used in day-of-month'],
    ['cron(0 10 1#2 * ? *)', 'day-of-month: "#" can only be used in day-of-week'],
    ['cron(0 10 ?,1 * ? *)', 'day-of-month: "?" must be the whole field, got "?,1"'],
    [
      'cron(0 22-2 * * ? *)',
      'hours: "22-2" — the range runs backwards; write it as two parts, e.g. "22-23,0-2"',
    ],
    [
      'cron(0 10 ? * FRI-MON *)',
      'day-of-week: "FRI-MON" — the range runs backwards; write it as two parts, e.g. "FRI-SAT,SUN-MON"',
    ],
    ['cron(5,,35 10 * * ? *)', 'minutes: empty item in "5,,35"'],
    ['cron(0-*/2 10 * * ? *)', 'minutes: "0-*/2" — "*" cannot be part of a range'],
    ['cron(1-2-3 10 * * ? *)', 'minutes: "1-2-3" has more than one "-"'],
    ['cron(1/2/3 10 * * ? *)', 'minutes: "1/2/3" has more than one "/"'],
    ['cron(5- 10 * * ? *)', 'minutes: "5-" is missing a value'],
    ['cron(0.5 10 * * ? *)', 'minutes: unexpected character "." in "0.5"'],
  ];
  it.each(cases)('%s', (expression, error) => {
    expect(errorOf(expression)).toBe(error);
  });
});

describe('describeSchedule', () => {
  const cases: [string, string][] = [
    ['rate(1 minute)', 'every minute'],
    ['rate(5 minutes)', 'every 5 minutes'],
    ['rate(1 hour)', 'every hour'],
    ['rate(12 hours)', 'every 12 hours'],
    ['rate(1 day)', 'every day'],
    ['rate(7 days)', 'every 7 days'],
    ['cron(0 10 * * ? *)', 'at 10:00 UTC every day'],
    ['cron(15 12 * * ? *)', 'at 12:15 UTC every day'],
    ['cron(0 18 ? * MON-FRI *)', 'at 18:00 UTC, Monday to Friday'],
    ['cron(0 8 1 * ? *)', 'at 08:00 UTC on the 1st of the month'],
    ['cron(0/15 * * * ? *)', 'every 15 minutes'],
    ['cron(*/5 * * * ? *)', 'every 5 minutes'],
    ['cron(* * * * ? *)', 'every minute'],
    ['cron(5/15 * * * ? *)', 'every 15 minutes (at :05, :20, :35 and :50)'],
    ['cron(0 * * * ? *)', 'every hour, on the hour'],
    ['cron(30 * * * ? *)', 'at 30 minutes past every hour'],
    ['cron(0 0/2 * * ? *)', 'every 2 hours from 00:00 to 22:00 UTC'],
    ['cron(0/10 * ? * MON-FRI *)', 'every 10 minutes, Monday to Friday'],
    ['cron(0/5 8-17 ? * MON-FRI *)', 'every 5 minutes from 08:00 to 17:55 UTC, Monday to Friday'],
    ['cron(30 8-17 ? * 2-6 *)', 'every hour from 08:30 to 17:30 UTC, Monday to Friday'],
    ['cron(5,35 14 * * ? *)', 'at 14:05 and 14:35 UTC every day'],
    ['cron(0 6,18 * * ? *)', 'at 06:00 and 18:00 UTC every day'],
    ['cron(15 10 ? * 6L 2019-2022)', 'at 10:15 UTC on the last Friday of the month, 2019–2022'],
    ['cron(0 9 ? * 2#1 *)', 'at 09:00 UTC on the first Monday of the month'],
    ['cron(0 9 ? * 3#2 *)', 'at 09:00 UTC on the second Tuesday of the month'],
    ['cron(0 0 L * ? *)', 'at 00:00 UTC on the last day of the month'],
    ['cron(0 21 LW * ? *)', 'at 21:00 UTC on the last weekday of the month'],
    ['cron(0 12 15W * ? *)', 'at 12:00 UTC on the weekday nearest the 15th of the month'],
    ['cron(0 12 1,15 * ? *)', 'at 12:00 UTC on the 1st and 15th of the month'],
    ['cron(0 12 1-7 * ? *)', 'at 12:00 UTC from the 1st to the 7th of the month'],
    ['cron(0 12 ? * MON *)', 'at 12:00 UTC every Monday'],
    ['cron(0 12 ? * MON,WED,FRI *)', 'at 12:00 UTC every Monday, Wednesday and Friday'],
    ['cron(0 10 ? * L *)', 'at 10:00 UTC every Saturday'],
    ['cron(0 12 1 1,7 ? *)', 'at 12:00 UTC on the 1st of January and July'],
    ['cron(0 12 ? JAN 6L 2027)', 'at 12:00 UTC on the last Friday of January, 2027 only'],
    ['cron(0 12 * MAR-OCT ? *)', 'at 12:00 UTC every day, March to October'],
    ['cron(0/30 * * DEC ? *)', 'every 30 minutes in December'],
    [
      'cron(0 12 ? * SAT,SUN 2025,2027,2029)',
      'at 12:00 UTC every Sunday and Saturday, in 2025, 2027 and 2029',
    ],
    [
      'cron(0 0 1 1 ? 2024/4)',
      'at 00:00 UTC on the 1st of January, every 4 years from 2024 to 2196',
    ],
    [
      'cron(*/7 8-9 * * ? *)',
      'at minutes 0, 7, 14, 21, 28, 35, 42, 49 and 56 past hours 08 and 09 UTC',
    ],
    ['cron(0,20 0-5,12 * * ? *)', 'at minutes 0 and 20 past hours 00–05 and 12 UTC'],
  ];
  it.each(cases)('%s → %s', (expression, text) => {
    expect(describeSchedule(parsed(expression))).toBe(text);
  });
});
