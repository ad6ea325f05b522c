import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  describeSchedule,
  nextFireTimes,
  parseSchedule,
} from '../../../src/engine/eventbridge/schedule';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);
const MINUTE = 60_000;
const DAY = 86_400_000;

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

// ---------------------------------------------------------------------------------------------
// A deliberately naive reference matcher: it re-reads the field text and checks one minute at a
// time using nothing but Date getters, sharing no code with the engine.

function value(token: string, names: readonly string[] | undefined, min: number): number {
  const i = names ? names.indexOf(token.toUpperCase()) : -1;
  return i >= 0 ? min + i : Number(token);
}

function matchesList(
  v: number,
  field: string,
  min: number,
  max: number,
  names?: readonly string[],
): boolean {
  return field.split(',').some((item) => {
    const [base = '', stepText] = item.split('/');
    const step = stepText === undefined ? 1 : Number(stepText);
    let lo: number;
    let hi: number;
    if (base === '*') {
      lo = min;
      hi = max;
    } else if (base.includes('-')) {
      const [a = '', b = ''] = base.split('-');
      lo = value(a, names, min);
      hi = value(b, names, min);
    } else {
      lo = value(base, names, min);
      hi = stepText === undefined ? lo : max;
    }
    return v >= lo && v <= hi && (v - lo) % step === 0;
  });
}

const dateOf = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));
const lastDay = (y: number, m: number): number => {
  let d = 28;
  while (dateOf(y, m, d + 1).getUTCMonth() === m - 1) d++;
  return d;
};
const isWeekday = (y: number, m: number, d: number): boolean => {
  const w = dateOf(y, m, d).getUTCDay();
  return w !== 0 && w !== 6;
};

function matchesDayOfMonth(field: string, y: number, m: number, d: number): boolean {
  const last = lastDay(y, m);
  if (field === '?') return true;
  if (field === 'L') return d === last;
  if (field === 'LW') {
    let x = last;
    while (!isWeekday(y, m, x)) x--;
    return d === x;
  }
  if (field.endsWith('W')) {
    const target = Number(field.slice(0, -1));
    if (target > last) return false;
    // Search outwards for the closest weekday that stays in the month.
    for (let dist = 0; dist < 4; dist++) {
      for (const x of [target - dist, target + dist]) {
        if (x >= 1 && x <= last && isWeekday(y, m, x)) return d === x;
      }
    }
    return false;
  }
  return matchesList(d, field, 1, 31);
}

function matchesDayOfWeek(field: string, y: number, m: number, d: number): boolean {
  const w = dateOf(y, m, d).getUTCDay() + 1;
  if (field === '?') return true;
  if (field === 'L') return w === 7;
  if (field.includes('#')) {
    const [day = '', nth = ''] = field.split('#');
    return w === value(day, DAYS, 1) && Math.ceil(d / 7) === Number(nth);
  }
  if (field.endsWith('L')) {
    return w === value(field.slice(0, -1), DAYS, 1) && d + 7 > lastDay(y, m);
  }
  return matchesList(w, field, 1, 7, DAYS);
}

function cronFields(expression: string): string[] {
  return expression.slice('cron('.length, -1).split(' ');
}

/** The day part of a cron expression (day of month and week, month, year) at a UTC midnight. */
function matchesCronDay(fields: readonly string[], day: number): boolean {
  const [, , dom = '', mo = '', dow = '', ye = ''] = fields;
  const date = new Date(day);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  return (
    matchesList(m, mo, 1, 12, MONTHS) &&
    matchesList(y, ye, 1970, 2199) &&
    matchesDayOfMonth(dom, y, m, d) &&
    matchesDayOfWeek(dow, y, m, d)
  );
}

/**
 * Every matching minute in (from, end], still one minute at a time, but a day or an hour that
 * cannot match is skipped whole: the same answer as testing each minute, a hundred times sooner.
 */
function bruteForceTimes(fields: readonly string[], from: number, end: number): number[] {
  const [mi = '', ho = ''] = fields;
  const out: number[] = [];
  for (let day = Math.floor(from / DAY) * DAY; day <= end; day += DAY) {
    if (!matchesCronDay(fields, day)) continue;
    for (let h = 0; h < 24; h++) {
      if (!matchesList(h, ho, 0, 23)) continue;
      for (let m = 0; m < 60; m++) {
        const t = day + h * 3_600_000 + m * MINUTE;
        if (t > from && t <= end && matchesList(m, mi, 0, 59)) out.push(t);
      }
    }
  }
  return out;
}

function matchesCron(fields: readonly string[], t: number): boolean {
  const [mi = '', ho = '', dom = '', mo = '', dow = '', ye = ''] = fields;
  const date = new Date(t);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  return (
    matchesList(date.getUTCMinutes(), mi, 0, 59) &&
    matchesList(date.getUTCHours(), ho, 0, 23) &&
    matchesList(m, mo, 1, 12, MONTHS) &&
    matchesList(y, ye, 1970, 2199) &&
    matchesDayOfMonth(dom, y, m, d) &&
    matchesDayOfWeek(dow, y, m, d)
  );
}

// ---------------------------------------------------------------------------------------------
// Random valid cron expressions, biased towards ones dense enough to fire within a few days.

function listField(
  min: number,
  max: number,
  opts: { steps: boolean; names?: readonly string[] },
): fc.Arbitrary<string> {
  const v = fc.integer({ min, max });
  const show = (n: number): fc.Arbitrary<string> =>
    opts.names
      ? fc.constantFrom(
          String(n),
          opts.names[n - min] ?? String(n),
          (opts.names[n - min] ?? '').toLowerCase(),
        )
      : fc.constant(String(n));
  const single = v.chain(show);
  const range = fc
    .tuple(v, v)
    .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const)
    .chain(([a, b]) => fc.tuple(show(a), show(b)).map(([x, y]) => `${x}-${y}`));
  const step = fc.integer({ min: 1, max: Math.max(1, Math.floor((max - min) / 2)) });
  const items: fc.Arbitrary<string>[] = [single, range];
  if (opts.steps) {
    items.push(
      fc.tuple(single, step).map(([a, s]) => `${a}/${s}`),
      fc.tuple(range, step).map(([r, s]) => `${r}/${s}`),
      step.map((s) => `*/${s}`),
    );
  }
  const item = fc.oneof(...items);
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant('*') },
    { weight: 3, arbitrary: item },
    {
      weight: 2,
      arbitrary: fc.array(item, { minLength: 2, maxLength: 4 }).map((a) => a.join(',')),
    },
  );
}

const minutesArb = listField(0, 59, { steps: true });
const hoursArb = listField(0, 23, { steps: true });
const monthArb = fc.oneof(
  { weight: 4, arbitrary: fc.constant('*') },
  { weight: 1, arbitrary: listField(1, 12, { steps: true, names: MONTHS }) },
);
const yearArb = fc.oneof(
  { weight: 4, arbitrary: fc.constant('*') },
  { weight: 1, arbitrary: listField(2019, 2032, { steps: true }) },
);
const domArb = fc.oneof(
  { weight: 3, arbitrary: listField(1, 31, { steps: true }) },
  { weight: 1, arbitrary: fc.constantFrom('L', 'LW') },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 31 }).map((d) => `${d}W`) },
);
const dayName = fc
  .integer({ min: 1, max: 7 })
  .chain((d) => fc.constantFrom(String(d), DAYS[d - 1] ?? ''));
const dowArb = fc.oneof(
  { weight: 3, arbitrary: listField(1, 7, { steps: false, names: DAYS }) },
  { weight: 1, arbitrary: fc.constant('L') },
  { weight: 1, arbitrary: dayName.map((d) => `${d}L`) },
  {
    weight: 1,
    arbitrary: fc.tuple(dayName, fc.integer({ min: 1, max: 5 })).map(([d, n]) => `${d}#${n}`),
  },
);

const cronArb = fc
  .tuple(minutesArb, hoursArb, fc.boolean(), domArb, dowArb, monthArb, yearArb)
  .map(([mi, ho, useDom, dom, dow, mo, ye]) =>
    useDom ? `cron(${mi} ${ho} ${dom} ${mo} ? ${ye})` : `cron(${mi} ${ho} ? ${mo} ${dow} ${ye})`,
  );

/** Any instant from 2019 to 2031, not necessarily on a whole minute. */
const fromArb = fc.integer({ min: Date.UTC(2019, 0, 1), max: Date.UTC(2031, 11, 31) });

const rateArb = fc
  .tuple(fc.integer({ min: 1, max: 500 }), fc.constantFrom('minute', 'hour', 'day'))
  .map(([v, u]) => `rate(${v} ${u}${v === 1 ? '' : 's'})`);

// ---------------------------------------------------------------------------------------------

// Each property takes well under a second on an idle machine; the timeout is generous because a
// machine shared with other work can be ten times slower, and a slow run is not a wrong one.
describe('schedule properties', { timeout: 30_000 }, () => {
  it('parseSchedule never throws, on any string', () => {
    const tokens = fc.constantFrom(
      '0',
      '5',
      '15',
      '59',
      '60',
      '*',
      '?',
      '/',
      '-',
      ',',
      'L',
      'W',
      'LW',
      '#',
      '#2',
      ' ',
      '  ',
      'MON',
      'jan',
      'x',
      '(',
      ')',
      '1970',
      '2199',
      '6L',
      '3#5',
      'L-3',
      '\t',
      '',
    );
    const cronish = fc
      .tuple(
        fc.constantFrom('cron(', 'rate(', 'cron (', ' CRON(', ''),
        fc.array(tokens, { maxLength: 14 }),
      )
      .map(([head, parts]) => `${head}${parts.join('')})`);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), cronish), (s) => {
        const r = parseSchedule(s);
        if (r.ok) {
          expect(typeof describeSchedule(r.schedule)).toBe('string');
          const times = nextFireTimes(r.schedule, Date.UTC(2026, 10, 24), 3);
          expect(times.length).toBeLessThanOrEqual(3);
        } else {
          expect(r.error.length).toBeGreaterThan(0);
          expect(nextFireTimes(s, 0, 3)).toEqual([]);
        }
      }),
      { numRuns: RUNS * 5 },
    );
  });

  it('the generator only builds valid expressions', () => {
    fc.assert(
      fc.property(cronArb, (e) => {
        const r = parseSchedule(e);
        expect(r.ok ? '' : r.error).toBe('');
      }),
      { numRuns: RUNS },
    );
  });

  it('cron fire times are ordered, after from, on whole minutes, and exactly those a brute-force matcher finds', () => {
    const WINDOW = 3 * DAY;
    fc.assert(
      fc.property(cronArb, fromArb, (e, from) => {
        const fields = cronFields(e);
        // Every matching minute in (from, from + 3 days], the slow way.
        const end = from + WINDOW;
        const expected = bruteForceTimes(fields, from, end);
        const times = nextFireTimes(e, from, expected.length + 3);
        // One check over the whole list (an expect per time would cost more than the oracle).
        const outOfOrder = times.find((t, i) => t <= (times[i - 1] ?? from) || t % MINUTE !== 0);
        expect(outOfOrder).toBeUndefined();
        expect(times.slice(0, expected.length)).toEqual(expected);
        for (const t of times.slice(expected.length)) {
          expect(t).toBeGreaterThan(end);
          expect(matchesCron(fields, t), `${e} at ${new Date(t).toISOString()}`).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('monthly day rules (L, LW, nW, nL, n#k) match a day-by-day brute force over 400 days', () => {
    // These fire about once a month, so the 3-day window above rarely sees them; with a single
    // time of day a day-by-day scan is just as exhaustive.
    const special = fc.oneof(
      fc.constantFrom('L', 'LW').map((d) => [d, '?']),
      fc.integer({ min: 1, max: 31 }).map((d) => [`${d}W`, '?']),
      dayName.map((d) => ['?', `${d}L`]),
      fc.tuple(dayName, fc.integer({ min: 1, max: 5 })).map(([d, n]) => ['?', `${d}#${n}`]),
    );
    fc.assert(
      fc.property(
        special,
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: 0, max: 23 }),
        monthArb,
        fromArb,
        ([dom, dow], mi, ho, mo, from) => {
          const e = `cron(${mi} ${ho} ${dom} ${mo} ${dow} *)`;
          const fields = cronFields(e);
          const expected: number[] = [];
          const day0 = Math.floor(from / DAY) * DAY;
          const end = day0 + 400 * DAY;
          for (let d = day0; d < end; d += DAY) {
            const t = d + (ho * 60 + mi) * MINUTE;
            if (t > from && matchesCron(fields, t)) expected.push(t);
          }
          const times = nextFireTimes(e, from, expected.length + 1);
          expect(times.slice(0, expected.length)).toEqual(expected);
          for (const t of times.slice(expected.length)) {
            expect(t).toBeGreaterThanOrEqual(end);
            expect(matchesCron(fields, t)).toBe(true);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('asking for more times only extends the list (prefix property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(cronArb, rateArb),
        fromArb,
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: -10 * DAY, max: 10 * DAY }),
        (e, from, n, startOffset) => {
          const few = nextFireTimes(e, from, n, from + startOffset);
          const more = nextFireTimes(e, from, n + 5, from + startOffset);
          expect(few.length).toBeLessThanOrEqual(n);
          expect(more.slice(0, few.length)).toEqual(few);
          // Fewer than asked means the schedule has run out, so asking for more cannot help.
          if (few.length < n) expect(more).toEqual(few);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('rate fire times sit on the start grid, strictly after from', () => {
    fc.assert(
      fc.property(
        rateArb,
        fromArb,
        fc.integer({ min: -400 * DAY, max: 400 * DAY }),
        (e, from, off) => {
          const r = parseSchedule(e);
          if (!r.ok || r.schedule.kind !== 'rate') throw new Error(e);
          const { periodMs } = r.schedule;
          const start = from + off;
          const times = nextFireTimes(r.schedule, from, 5, start);
          expect(times).toHaveLength(5);
          const first = times[0] ?? 0;
          expect(first).toBeGreaterThan(from);
          expect(first).toBeGreaterThanOrEqual(start);
          expect((first - start) % periodMs).toBe(0);
          // Nothing on the grid was skipped between from and the first fire.
          expect(first - periodMs <= from || first - periodMs < start).toBe(true);
          times.forEach((t, i) => expect(t).toBe(first + i * periodMs));
        },
      ),
      { numRuns: RUNS },
    );
  });
});
