import { describe, expect, it } from 'vitest';
import { requestIdOf } from '../../src/engine';
import { alwaysFails, events, run, times } from './helpers';

const oneEvent = (atMs = 0) => ({
  id: 'uploads',
  invocationType: 'Event' as const,
  arrivals: { kind: 'single' as const, atMs: [atMs] },
  payload: { key: 'cat.jpg' },
});

describe('asynchronous invocation', () => {
  it('retries an always-failing event twice, at +60 s and +120 s, then sends it to the DLQ', () => {
    const r = run({
      function: { ...alwaysFails(100), deadLetterQueue: { type: 'sqs', name: 'dlq' } },
      workloads: [oneEvent()],
    });
    // accepted at 0 → first attempt after the 100 ms queue delay, 250 ms Node.js cold start
    expect(times(r, 'async.accepted')).toEqual([0]);
    expect(times(r, 'env.init')).toEqual([100]);
    expect(times(r, 'invoke.start')).toEqual([350, 60_450, 180_550]);
    expect(times(r, 'invoke.end')).toEqual([450, 60_550, 180_650]);
    expect(events(r, 'async.retry').map((e) => e.detail?.delayMs)).toEqual([60_000, 120_000]);
    expect(events(r, 'async.retry').map((e) => e.detail?.retryNumber)).toEqual([1, 2]);
    expect(events(r, 'invoke.start').map((e) => e.attempt)).toEqual([1, 2, 3]);
    const [dlq] = events(r, 'dlq.sent');
    expect(dlq?.t).toBe(180_650);
    expect(dlq?.detail?.attributes).toMatchObject({
      ErrorCode: '200',
      ErrorMessage: 'Simulated handler error',
    });
    expect(r.fates[0]).toMatchObject({ kind: 'dlq', t: 180_650, attempts: 3, rule: 'async.dlq' });
    expect(r.fates[0]?.deliveredTo).toEqual(['dlq:sqs:dlq']);
  });

  it('makes exactly one attempt with MaximumRetryAttempts 0', () => {
    const r = run({
      function: {
        ...alwaysFails(),
        asyncConfig: { maximumRetryAttempts: 0, maximumEventAgeInSeconds: 21_600 },
      },
      workloads: [oneEvent()],
    });
    expect(times(r, 'invoke.start')).toEqual([350]);
    expect(events(r, 'async.retry')).toHaveLength(0);
    expect(r.fates[0]).toMatchObject({
      kind: 'dropped',
      t: 450,
      attempts: 1,
      rule: 'async.dropped',
    });
  });

  it('expires at exactly the maximum event age (60 s) before the first retry', () => {
    const r = run({
      function: {
        ...alwaysFails(),
        asyncConfig: {
          maximumRetryAttempts: 2,
          maximumEventAgeInSeconds: 60,
          onFailure: { type: 'sqs', name: 'failures' },
        },
      },
      workloads: [oneEvent()],
    });
    expect(times(r, 'invoke.start')).toEqual([350]);
    expect(times(r, 'async.expired')).toEqual([60_000]);
    const [sent] = events(r, 'destination.sent');
    expect(sent?.t).toBe(60_000);
    expect(sent?.detail?.record?.requestContext).toMatchObject({
      condition: 'EventAgeExceeded',
      approximateInvokeCount: 1,
    });
    expect(r.fates[0]).toMatchObject({ kind: 'destination', attempts: 1 });
  });

  it('expires before the second retry when the maximum age is 120 s', () => {
    const r = run({
      function: {
        ...alwaysFails(),
        asyncConfig: { maximumRetryAttempts: 2, maximumEventAgeInSeconds: 120 },
      },
      workloads: [oneEvent()],
    });
    expect(times(r, 'invoke.start')).toEqual([350, 60_450]);
    expect(times(r, 'async.expired')).toEqual([120_000]);
    expect(r.fates[0]).toMatchObject({ kind: 'expired', t: 120_000, attempts: 2 });
  });

  it('sends an invocation record to the on-success destination', () => {
    const r = run({
      function: {
        runtime: 'python',
        behaviour: { duration: { kind: 'fixed', ms: 40 } },
        asyncConfig: {
          maximumRetryAttempts: 2,
          maximumEventAgeInSeconds: 21_600,
          onSuccess: { type: 'eventbridge', name: 'default' },
        },
      },
      workloads: [oneEvent(1_000)],
    });
    const [sent] = events(r, 'destination.sent');
    expect(sent?.t).toBe(1_390);
    expect(sent?.detail?.record).toMatchObject({
      version: '1.0',
      timestamp: '2026-01-01T00:00:01.390Z',
      requestContext: { condition: 'Success', approximateInvokeCount: 1 },
      requestPayload: { key: 'cat.jpg' },
      responseContext: { statusCode: 200, executedVersion: '$LATEST' },
    });
    expect(r.fates[0]).toMatchObject({
      kind: 'succeeded',
      deliveredTo: ['onSuccess:eventbridge:default'],
    });
  });

  it('delivers to both the DLQ and the on-failure destination, with the failure record', () => {
    const r = run({
      function: {
        ...alwaysFails(),
        deadLetterQueue: { type: 'sns', name: 'alarms' },
        asyncConfig: {
          maximumRetryAttempts: 1,
          maximumEventAgeInSeconds: 21_600,
          onFailure: { type: 's3', name: 'failed-events' },
        },
      },
      workloads: [oneEvent()],
    });
    expect(r.fates[0]).toMatchObject({ kind: 'dlq', rule: 'async.dlq-and-destination' });
    expect(r.fates[0]?.deliveredTo).toEqual(['dlq:sns:alarms', 'onFailure:s3:failed-events']);
    const record = events(r, 'destination.sent')[0]?.detail?.record;
    expect(record?.requestContext.condition).toBe('RetriesExhausted');
    expect(record?.requestContext.approximateInvokeCount).toBe(2);
    expect(record?.responseContext).toEqual({
      statusCode: 200,
      executedVersion: '$LATEST',
      functionError: 'Unhandled',
    });
    expect(record?.responsePayload).toEqual({
      errorType: 'Error',
      errorMessage: 'Simulated handler error',
    });
  });

  it('retries throttles with backoff 1, 2, 4 s without using up attempts', () => {
    const r = run({
      function: {
        runtime: 'nodejs',
        timeoutSeconds: 10,
        reservedConcurrency: 1,
        behaviour: { duration: { kind: 'fixed', ms: 5_000 } },
      },
      workloads: [{ ...oneEvent(), arrivals: { kind: 'burst', atMs: 0, count: 2 } }],
    });
    // message 0 holds the only slot from 100 ms to 5,350 ms (250 ms init + 5 s)
    expect(times(r, 'throttled', 1)).toEqual([100, 1_100, 3_100]);
    expect(events(r, 'async.retry', 1).map((e) => e.detail?.delayMs)).toEqual([
      1_000, 2_000, 4_000,
    ]);
    expect(events(r, 'invoke.start', 1).map((e) => [e.t, e.attempt, e.detail?.warm])).toEqual([
      [7_100, 1, true],
    ]);
    expect(r.fates[1]).toMatchObject({ kind: 'succeeded', attempts: 1 });
  });

  it('sends new events straight to the DLQ when reserved concurrency is 0', () => {
    const r = run({
      function: {
        ...alwaysFails(),
        reservedConcurrency: 0,
        deadLetterQueue: { type: 'sqs', name: 'dlq' },
      },
      workloads: [oneEvent()],
    });
    expect(events(r, 'invoke.start')).toHaveLength(0);
    expect(times(r, 'throttled')).toEqual([100]);
    expect(events(r, 'async.retry')).toHaveLength(0);
    expect(r.fates[0]).toMatchObject({
      kind: 'dlq',
      t: 100,
      attempts: 0,
      rule: 'async.reserved-zero',
    });
    expect(events(r, 'dlq.sent')[0]?.detail?.attributes?.ErrorCode).toBe('429');
  });

  it('can deliver an event twice (at-least-once) and both copies run', () => {
    const r = run({
      function: { runtime: 'nodejs', behaviour: { duration: { kind: 'fixed', ms: 10 } } },
      async: { queueDelayMs: 100, duplicateRate: 1 },
      workloads: [oneEvent()],
    });
    expect(r.messages).toHaveLength(2);
    expect(r.messages[1]?.duplicateOf).toBe(0);
    expect(requestIdOf(r, r.messages[1]!)).toBe(requestIdOf(r, r.messages[0]!));
    expect(requestIdOf(r, r.messages[0]!)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(events(r, 'invoke.start')).toHaveLength(2);
    expect(r.fates.map((f) => f.kind)).toEqual(['succeeded', 'succeeded']);
  });

  it('keeps alias EventInvokeConfig separate from the function’s', () => {
    const v = {
      version: 1,
      runtime: 'nodejs' as const,
      packageType: 'zip' as const,
      memoryMb: 128,
      timeoutSeconds: 3,
      behaviour: { duration: { kind: 'fixed' as const, ms: 100 }, errorRate: 1 },
    };
    const r = run({
      function: {
        ...alwaysFails(),
        versions: [v],
        aliases: [
          {
            name: 'prod',
            version: 1,
            asyncConfig: { maximumRetryAttempts: 0, maximumEventAgeInSeconds: 3_600 },
          },
        ],
      },
      workloads: [{ ...oneEvent(), qualifier: 'prod' }],
    });
    expect(events(r, 'invoke.start')).toHaveLength(1);
    expect(events(r, 'invoke.start')[0]?.version).toBe('1');
  });
});

describe('Lambda service errors on the async path', () => {
  it('backs off 1, 2, 4 … s without using retries, then expires', () => {
    const r = run({
      faults: { serviceErrorRate: 1 },
      function: {
        asyncConfig: { maximumRetryAttempts: 2, maximumEventAgeInSeconds: 60 },
        deadLetterQueue: { type: 'sqs', name: 'dlq' },
      },
      workloads: [
        { id: 'uploads', invocationType: 'Event', arrivals: { kind: 'single', atMs: [0] } },
      ],
    });
    // attempts at 100, 1,100, 3,100, 7,100, 15,100, 31,100; the next would be at 63,100 > 60 s
    expect(times(r, 'service.error')).toEqual([100, 1_100, 3_100, 7_100, 15_100, 31_100]);
    expect(
      events(r, 'async.retry').every((e) => e.detail?.cause === 'service-error' && e.attempt === 1),
    ).toBe(true);
    expect(times(r, 'async.expired')).toEqual([60_000]);
    expect(events(r, 'dlq.sent')[0]?.detail?.attributes).toMatchObject({
      ErrorCode: '500',
      ErrorMessage: 'Service Exception',
    });
    expect(r.fates[0]).toMatchObject({ kind: 'dlq', attempts: 0 });
  });
});
