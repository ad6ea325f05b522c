import { describe, expect, it } from 'vitest';
import {
  atProblem,
  nextSchedulerTimes,
  parseSchedulerExpression,
} from '../../../src/engine/eventbridge/scheduler-expression';
import { instantsOf, offsetAt, wallTimeAt } from '../../../src/engine/eventbridge/time-zone';
import { parseScenario, type ScenarioInput } from '../../../src/scenario';
import { events, run, times } from '../helpers';

const H = 3_600_000;
const iso = (ms: number[]) => ms.map((t) => new Date(t).toISOString());
const parsed = (expr: string) => {
  const p = parseSchedulerExpression(expr);
  if (!p.ok) throw new Error(p.error);
  return p.schedule;
};
const NY = 'America/New_York';

describe('time zones without the machine’s zone', () => {
  it('reads New York’s wall clock and offset on either side of the March 2027 change', () => {
    expect(offsetAt(Date.UTC(2027, 2, 14, 6, 59), NY)).toBe(-5 * H);
    expect(offsetAt(Date.UTC(2027, 2, 14, 7, 0), NY)).toBe(-4 * H);
    expect(wallTimeAt(Date.UTC(2027, 2, 14, 7, 0), NY)).toEqual({
      year: 2027,
      month: 3,
      day: 14,
      hour: 3,
      minute: 0,
      second: 0,
    });
  });

  it('finds no instant for 02:30 on the spring-forward day and two for 01:30 on the fall-back day', () => {
    const wall = (month: number, day: number, hour: number) => ({
      year: 2027,
      month,
      day,
      hour,
      minute: 30,
      second: 0,
    });
    expect(instantsOf(wall(3, 14, 2), NY)).toEqual([]);
    expect(iso(instantsOf(wall(11, 7, 1), NY))).toEqual([
      '2027-11-07T05:30:00.000Z',
      '2027-11-07T06:30:00.000Z',
    ]);
    expect(iso(instantsOf(wall(7, 1, 9), 'Europe/Paris'))).toEqual(['2027-07-01T07:30:00.000Z']);
  });
});

describe('Scheduler expressions', () => {
  it('parses at(), and refuses malformed ones with the expected shape', () => {
    expect(parsed('at(2027-03-14T09:30:00)')).toMatchObject({
      kind: 'at',
      wall: { year: 2027, month: 3, day: 14, hour: 9, minute: 30, second: 0 },
    });
    expect(parseSchedulerExpression('at(2027-02-30T09:30:00)')).toEqual({
      ok: false,
      error: 'at(2027-02-30T09:30:00): no such date and time',
    });
    expect(parseSchedulerExpression('at(2027-03-14 09:30)')).toEqual({
      ok: false,
      error:
        'expected at(yyyy-mm-ddThh:mm:ss), e.g. at(2027-03-14T09:30:00), got "at(2027-03-14 09:30)"',
    });
    expect(parseSchedulerExpression('AT(2027-03-14T09:30:00)')).toEqual({
      ok: false,
      error: 'write "at" in lower case',
    });
    expect(parseSchedulerExpression('every day')).toEqual({
      ok: false,
      error: 'expected rate(value unit), cron(fields) or at(…), got "every day"',
    });
  });

  it('takes white space around an expression, not inside at()', () => {
    expect(parseSchedulerExpression('  at(2027-03-14T09:30:00)\n')).toMatchObject({ ok: true });
    expect(parseSchedulerExpression(' cron(0  9 * * ? *) ')).toMatchObject({ ok: true });
    expect(parseSchedulerExpression('at( 2027-03-14T09:30:00)')).toEqual({
      ok: false,
      error:
        'expected at(yyyy-mm-ddThh:mm:ss), e.g. at(2027-03-14T09:30:00), got "at( 2027-03-14T09:30:00)"',
    });
    expect(parseSchedulerExpression('at (2027-03-14T09:30:00)')).toEqual({
      ok: false,
      error: 'no space is allowed between "at" and "("',
    });
  });

  it('fires a daily 09:00 New York cron at 14:00 UTC in winter and 13:00 UTC in summer', () => {
    const times = nextSchedulerTimes(
      parsed('cron(0 9 * * ? *)'),
      NY,
      Date.UTC(2027, 2, 12, 0, 0),
      4,
    );
    expect(iso(times)).toEqual([
      '2027-03-12T14:00:00.000Z',
      '2027-03-13T14:00:00.000Z',
      '2027-03-14T13:00:00.000Z',
      '2027-03-15T13:00:00.000Z',
    ]);
  });

  it('skips 02:30 on the spring-forward day', () => {
    const times = nextSchedulerTimes(
      parsed('cron(30 2 * * ? *)'),
      NY,
      Date.UTC(2027, 2, 13, 0, 0),
      3,
    );
    expect(iso(times)).toEqual([
      '2027-03-13T07:30:00.000Z', // 02:30 EST
      '2027-03-15T06:30:00.000Z', // 02:30 EDT; 14 March has no 02:30
      '2027-03-16T06:30:00.000Z',
    ]);
  });

  it('fires each repeated fall-back time once, at its first occurrence', () => {
    const times = nextSchedulerTimes(
      parsed('cron(0/30 1-2 * * ? *)'),
      NY,
      Date.UTC(2027, 10, 7, 4, 0),
      5,
    );
    expect(iso(times)).toEqual([
      '2027-11-07T05:00:00.000Z', // 01:00 EDT
      '2027-11-07T05:30:00.000Z', // 01:30 EDT (not again at 01:30 EST)
      '2027-11-07T07:00:00.000Z', // 02:00 EST
      '2027-11-07T07:30:00.000Z', // 02:30 EST
      '2027-11-08T06:00:00.000Z', // 01:00 EST next day
    ]);
    // Starting inside the second pass of the repeated hour: 01:30 has already fired.
    expect(
      iso(nextSchedulerTimes(parsed('cron(30 1 * * ? *)'), NY, Date.UTC(2027, 10, 7, 6, 10), 1)),
    ).toEqual(['2027-11-08T06:30:00.000Z']);
  });

  it('keeps rate() a fixed duration: a day is 24 hours across the change', () => {
    const start = Date.UTC(2027, 2, 13, 14, 0);
    expect(iso(nextSchedulerTimes(parsed('rate(1 day)'), NY, start - 1, 3, start))).toEqual([
      '2027-03-13T14:00:00.000Z',
      '2027-03-14T14:00:00.000Z',
      '2027-03-15T14:00:00.000Z',
    ]);
  });

  it('fires at() once, in its zone; refuses a time in the skipped hour', () => {
    expect(
      iso(nextSchedulerTimes(parsed('at(2027-11-07T01:30:00)'), NY, Date.UTC(2027, 10, 7), 3)),
    ).toEqual(['2027-11-07T05:30:00.000Z']);
    const gap = parsed('at(2027-03-14T02:30:00)');
    if (gap.kind !== 'at') throw new Error('not at()');
    expect(atProblem(gap, NY)).toBe(
      '2027-03-14 02:30 does not exist in America/New_York: the clocks jump over it when daylight saving time starts',
    );
    expect(atProblem(gap, 'UTC')).toBeNull();
  });
});

type EB = NonNullable<ScenarioInput['eventbridge']>;
type Schedule = NonNullable<EB['schedules']>[number];

const withSchedules = (startTime: string, durationMs: number, ...schedules: Schedule[]) => ({
  startTime,
  durationMs,
  function: { behaviour: { duration: { kind: 'fixed' as const, ms: 50 } } },
  eventbridge: { schedules },
});

describe('EventBridge Scheduler in the simulation', () => {
  it('runs a New York cron across the spring change: 07:30Z, skip, then 06:30Z', () => {
    const r = run(
      withSchedules('2027-03-13T00:00:00Z', 72 * H, {
        name: 'nightly',
        scheduleExpression: 'cron(30 2 * * ? *)',
        timezone: NY,
      }),
    );
    // 13 Mar 02:30 EST = 07:30Z; 15 Mar 02:30 EDT = 54:30 h after the start.
    expect(times(r, 'scheduler.fired')).toEqual([7.5 * H, 54.5 * H]);
    expect(events(r, 'scheduler.fired').map((e) => e.detail?.localTime)).toEqual([
      '2027-03-13 02:30',
      '2027-03-15 02:30',
    ]);
    // The skipped 14 Mar 02:30 is reported when it would have come: 07:30Z on 14 March.
    const skipped = events(r, 'scheduler.skipped');
    expect(skipped.map((e) => [e.t, e.detail?.localTime, e.rule])).toEqual([
      [31.5 * H, '2027-03-14 02:30', 'scheduler.daylight-saving'],
    ]);
    expect(times(r, 'scheduler.delivered')).toEqual([7.5 * H, 54.5 * H]);
    // Each is a cold start (350 ms of Init) of an asynchronous invocation.
    expect(times(r, 'invoke.start')).toEqual([7.5 * H + 350, 54.5 * H + 350]);
    expect(r.fates.map((f) => f.kind)).toEqual([
      'delivered',
      'succeeded',
      'delivered',
      'succeeded',
    ]);
  });

  it('retries a throttled call with backoff, then sends it to the schedule’s DLQ with its attributes', () => {
    const r = run(
      withSchedules('2027-06-01T08:00:00Z', H, {
        name: 'report',
        scheduleExpression: 'at(2027-06-01T10:05:00)',
        timezone: 'Europe/Paris', // 10:05 CEST = 08:05Z
        target: {
          retryPolicy: { maximumRetryAttempts: 3, maximumEventAgeInSeconds: 3_600 },
          deadLetterQueue: { name: 'missed-reports' },
          fault: { error: 'THROTTLING' },
        },
      }),
    );
    const fired = 5 * 60_000;
    expect(times(r, 'scheduler.fired')).toEqual([fired]);
    expect(events(r, 'scheduler.fired')[0]?.rule).toBe('scheduler.one-time');
    expect(times(r, 'scheduler.target-failed')).toEqual([
      fired,
      fired + 1_000,
      fired + 3_000,
      fired + 7_000,
    ]);
    expect(events(r, 'scheduler.retry').map((e) => e.detail?.delayMs)).toEqual([
      1_000, 2_000, 4_000,
    ]);
    const dlq = events(r, 'scheduler.dlq');
    expect(dlq.map((e) => [e.t, e.to])).toEqual([[fired + 7_000, 'target-dlq:missed-reports']]);
    expect(dlq[0]?.detail?.attributes).toEqual({
      SCHEDULE_ARN: 'arn:aws:scheduler:us-east-1:123456789012:schedule/default/report',
      TARGET_ARN: 'arn:aws:lambda:us-east-1:123456789012:function:my-function:$LATEST',
      ERROR_CODE: 'THROTTLING',
      ERROR_MESSAGE: 'Lambda throttled the request (TooManyRequestsException).',
      RETRY_ATTEMPTS: '3',
      EXHAUSTED_RETRY_CONDITION: 'MaximumRetryAttempts',
    });
    expect(r.fates.map((f) => [f.kind, f.rule])).toEqual([['dlq', 'scheduler.dlq']]);
    expect(events(r, 'invoke.start')).toHaveLength(0);
  });

  it('gives up at the maximum event age, and drops without a DLQ; a permission error is not retried', () => {
    const r = run(
      withSchedules(
        '2027-06-01T00:00:00Z',
        H,
        {
          name: 'aged',
          scheduleExpression: 'at(2027-06-01T00:00:00)',
          target: {
            retryPolicy: { maximumRetryAttempts: 185, maximumEventAgeInSeconds: 60 },
            fault: { error: 'TIMEOUT' },
          },
        },
        {
          name: 'denied',
          scheduleExpression: 'at(2027-06-01T00:10:00)',
          target: { fault: { error: 'NO_PERMISSIONS' } },
        },
      ),
    );
    // Retries at 1, 3, 7, 15, 31 s; the next (63 s) would pass 60 s: given up at exactly 60 s.
    expect(times(r, 'scheduler.dropped')).toEqual([60_000, 600_000]);
    expect(events(r, 'scheduler.dropped').map((e) => e.detail?.reason)).toEqual([
      'MaximumEventAgeInSeconds',
      'non-retriable error',
    ]);
    expect(
      events(r, 'scheduler.target-failed')
        .map((e) => e.rule)
        .slice(-1),
    ).toEqual(['scheduler.non-retriable']);
  });

  it('fires rate() at once, then every period; a flexible window moves each fire by the seed', () => {
    const base = withSchedules(
      '2027-06-01T00:00:00Z',
      H,
      { name: 'tick', scheduleExpression: 'rate(15 minutes)' },
      {
        name: 'spread',
        scheduleExpression: 'rate(30 minutes)',
        flexibleTimeWindow: { mode: 'FLEXIBLE', maximumWindowInMinutes: 10 },
      },
    );
    const r = run(base);
    const fired = (name: string) =>
      events(r, 'scheduler.fired')
        .filter((e) => e.detail?.schedule === name)
        .map((e) => e.t);
    expect(fired('tick')).toEqual([0, 15 * 60_000, 30 * 60_000, 45 * 60_000, 60 * 60_000]);
    const spread = fired('spread');
    // The third scheduled time (60 min) plus its delay falls after the end of the run.
    expect(spread).toHaveLength(2);
    spread.forEach((t, i) => {
      expect(t).toBeGreaterThanOrEqual(i * 30 * 60_000);
      expect(t).toBeLessThan(i * 30 * 60_000 + 10 * 60_000);
      expect(t % 1000).toBe(0);
    });
    expect(run(base).trace).toEqual(r.trace);
  });

  it('refuses a bad time zone, an at() in the skipped hour, and a window out of range', () => {
    const r = parseScenario({
      version: 1,
      eventbridge: {
        schedules: [
          { name: 'a', scheduleExpression: 'rate(5 minutes)', timezone: 'Mars/Olympus' },
          { name: 'b', scheduleExpression: 'at(2027-03-14T02:30:00)', timezone: NY },
          {
            name: 'c',
            scheduleExpression: 'rate(1 hour)',
            flexibleTimeWindow: { mode: 'FLEXIBLE', maximumWindowInMinutes: 2_000 },
            target: { retryPolicy: { maximumRetryAttempts: 186 } },
          },
        ],
      },
    });
    expect(r.ok ? [] : r.errors.map((e) => `${e.path}: ${e.message}`)).toEqual([
      'eventbridge.schedules.2.flexibleTimeWindow.maximumWindowInMinutes: must be a whole number from 1 to 1,440 min',
      'eventbridge.schedules.2.target.retryPolicy.maximumRetryAttempts: must be a whole number from 0 to 185',
      'eventbridge.schedules.0.timezone: "Mars/Olympus" is not a time zone name; use an IANA name such as "UTC", "Europe/Paris" or "America/New_York"',
      'eventbridge.schedules.1.scheduleExpression: 2027-03-14 02:30 does not exist in America/New_York: the clocks jump over it when daylight saving time starts',
    ]);
  });
});
