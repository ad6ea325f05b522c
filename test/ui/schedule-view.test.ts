import { describe, expect, it } from 'vitest';
import { cronParts, fieldsNamedIn, viewSchedule } from '../../src/ui/tools/schedules/schedule-view';
import { untilText as until, utcClock, zonedClock } from '../../src/ui/tools/schedules/time-format';

const NOW = Date.UTC(2026, 10, 24, 3, 41);

describe('the schedule view', () => {
  it('is empty for blank text', () => {
    expect(viewSchedule('   ', NOW)).toEqual({ kind: 'empty' });
  });

  it('describes a valid cron and lists its next fire times after now', () => {
    const view = viewSchedule('cron(0 10 * * ? *)', NOW);
    expect(view).toMatchObject({
      kind: 'valid',
      description: 'at 10:00 UTC every day',
      parts: ['0', '10', '*', '*', '?', '*'],
    });
    if (view.kind !== 'valid') throw new Error();
    expect(view.times).toHaveLength(10);
    expect(new Date(view.times[0]!).toISOString()).toBe('2026-11-24T10:00:00.000Z');
  });

  it('counts a rate from now', () => {
    const view = viewSchedule('rate(1 hour)', NOW);
    if (view.kind !== 'valid') throw new Error();
    expect(view.times[0]).toBe(NOW + 3_600_000);
    expect(view.parts).toBeNull();
  });

  it('keeps the six fields of an invalid cron, and the fields its error names', () => {
    expect(viewSchedule('cron(0 10 ? * 8 *)', NOW)).toEqual({
      kind: 'invalid',
      error: 'day-of-week: "8" is out of range 1–7 (1 = SUN)',
      fields: ['dayOfWeek'],
      parts: ['0', '10', '?', '*', '8', '*'],
    });
    expect(viewSchedule('cron(0 10 * * * *)', NOW)).toMatchObject({
      fields: ['dayOfMonth', 'dayOfWeek'],
    });
    expect(viewSchedule('cron(0 10 * * ?)', NOW)).toMatchObject({ fields: [], parts: null });
  });

  it('reads field names from error messages', () => {
    expect(fieldsNamedIn('minutes: "60" is out of range 0–59')).toEqual(['minutes']);
    expect(fieldsNamedIn('month: "13" is out of range')).toEqual(['month']);
    expect(fieldsNamedIn('cron needs 6 fields (minutes hours day-of-month …), got 5')).toEqual([]);
    expect(fieldsNamedIn('day-of-month and day-of-week cannot both be "?"')).toEqual([
      'dayOfMonth',
      'dayOfWeek',
    ]);
  });

  it('splits cron fields only when there are six', () => {
    expect(cronParts(' cron(0  9 ? * 2#1 *) ')).toEqual(['0', '9', '?', '*', '2#1', '*']);
    expect(cronParts('cron(0 9 ? *)')).toBeNull();
    expect(cronParts('rate(5 minutes)')).toBeNull();
  });
});

describe('the schedule view for EventBridge Scheduler', () => {
  const ny = { kind: 'scheduler' as const, zone: 'America/New_York' };
  const iso = (ts: readonly number[]) => ts.map((t) => new Date(t).toISOString());

  it('reads a cron on the zone’s clock and names the skipped time across the March change', () => {
    const view = viewSchedule('cron(30 2 * * ? *)', Date.UTC(2027, 2, 12), 3, ny);
    if (view.kind !== 'valid') throw new Error(view.kind);
    expect(view.description).toBe('at 02:30 America/New_York every day');
    expect(iso(view.times)).toEqual([
      '2027-03-12T07:30:00.000Z',
      '2027-03-13T07:30:00.000Z',
      '2027-03-15T06:30:00.000Z',
    ]);
    expect(view.skipped).toEqual(['2027-03-14 02:30']);
  });

  it('takes a one-time at(), refuses it in the skipped hour and refuses an unknown zone', () => {
    const at = viewSchedule('at(2027-03-14T09:30:00)', Date.UTC(2027, 0, 1), 10, ny);
    expect(at).toMatchObject({
      kind: 'valid',
      description: 'once, at 2027-03-14 09:30 America/New_York',
    });
    if (at.kind === 'valid') expect(iso(at.times)).toEqual(['2027-03-14T13:30:00.000Z']);
    expect(viewSchedule('at(2027-03-14T02:30:00)', NOW, 10, ny)).toEqual({
      kind: 'invalid',
      error:
        '2027-03-14 02:30 does not exist in America/New_York: the clocks jump over it when daylight saving time starts',
      fields: [],
      parts: null,
    });
    expect(
      viewSchedule('rate(1 day)', NOW, 10, { kind: 'scheduler', zone: 'Nowhere/City' }),
    ).toMatchObject({
      kind: 'invalid',
      error: '"Nowhere/City" is not a time zone name: use an IANA name such as Europe/Paris',
    });
    // A scheduled rule does not know at().
    expect(viewSchedule('at(2027-03-14T09:30:00)', NOW)).toMatchObject({ kind: 'invalid' });
  });
});

describe('fire times for people', () => {
  it('writes UTC and zoned clocks in the same layout', () => {
    const t = Date.UTC(2026, 6, 1, 10, 0);
    expect(utcClock(t)).toEqual({
      weekday: 'Wed',
      date: '2026-07-01',
      time: '10:00',
      offset: 'UTC',
    });
    expect(zonedClock(t, 'America/New_York')).toEqual({
      weekday: 'Wed',
      date: '2026-07-01',
      time: '06:00',
      offset: 'GMT-4',
    });
    expect(zonedClock(Date.UTC(2026, 11, 31, 23, 30), 'Asia/Tokyo')).toMatchObject({
      weekday: 'Fri',
      date: '2027-01-01',
      time: '08:30',
    });
    expect(zonedClock(t, 'UTC').offset).toBe('UTC');
  });

  it('says how long until a fire time', () => {
    const untilText = (ms: number, now: number) => until(ms, now).replace(/\u00a0/g, ' ');
    expect(untilText(NOW + 30_000, NOW)).toBe('in 30 s');
    expect(untilText(NOW + 5 * 60_000, NOW)).toBe('in 5 min');
    expect(untilText(NOW + 60 * 60_000, NOW)).toBe('in 1 h');
    expect(untilText(NOW + (6 * 60 + 19) * 60_000, NOW)).toBe('in 6 h 19 min');
    expect(untilText(NOW + 26 * 3_600_000, NOW)).toBe('in 1 day 2 h');
    expect(untilText(NOW + 3 * 86_400_000, NOW)).toBe('in 3 days');
    expect(untilText(NOW + 400 * 86_400_000, NOW)).toBe('in 400 days');
  });
});
