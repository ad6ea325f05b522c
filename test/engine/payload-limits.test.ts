import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario';
import { events, run, times } from './helpers';
import { from } from './push/helpers';

const MB = 1_048_576;

describe('Invoke payload limits', () => {
  it('refuses a 7 MB synchronous request with 413 before anything runs, and the SDK does not retry', () => {
    const r = run({
      workloads: [
        {
          id: 'api',
          arrivals: { kind: 'single', atMs: [0, 1_000] },
          payloadBytes: 7 * MB,
          callerRetry: { mode: 'sdk' },
        },
      ],
    });
    const refused = events(r, 'invoke.too-large');
    expect(refused.map((e) => [e.t, e.msg, e.rule, e.from, e.to])).toEqual([
      [0, 0, 'invoke.payload-limit-sync', 'api', 'lambda'],
      [1_000, 1, 'invoke.payload-limit-sync', 'api', 'lambda'],
    ]);
    expect(refused[0]!.detail).toEqual({
      statusCode: 413,
      errorType: 'RequestTooLargeException',
      sizeBytes: 7_340_032,
      limitBytes: 6_291_456,
    });
    expect(r.fates.map((f) => [f.kind, f.t, f.attempts, f.rule])).toEqual([
      ['too-large', 0, 0, 'invoke.payload-limit-sync'],
      ['too-large', 1_000, 0, 'invoke.payload-limit-sync'],
    ]);
    expect(events(r, 'env.init')).toHaveLength(0);
    expect(events(r, 'caller.retry')).toHaveLength(0);
    expect(r.stats.invocations).toBe(0);
    expect(r.trace).toHaveLength(4);
  });

  it('takes a request of exactly 6 MB', () => {
    const r = run({
      workloads: [{ id: 'api', arrivals: { kind: 'single', atMs: [0] }, payloadBytes: 6 * MB }],
    });
    expect(events(r, 'invoke.too-large')).toHaveLength(0);
    expect(r.fates.map((f) => f.kind)).toEqual(['succeeded']);
  });

  it('holds Event requests to 1 MB: never queued, no retry, no DLQ, no destination', () => {
    const r = run({
      function: {
        behaviour: { errorRate: 1 },
        deadLetterQueue: { type: 'sqs', name: 'dlq' },
        asyncConfig: { onFailure: { type: 'sqs', name: 'failures' } },
      },
      workloads: [
        {
          id: 'big',
          invocationType: 'Event',
          arrivals: { kind: 'single', atMs: [0] },
          payloadBytes: MB + 1,
        },
        {
          id: 'fits',
          invocationType: 'Event',
          arrivals: { kind: 'single', atMs: [10] },
          payloadBytes: MB,
        },
      ],
    });
    expect(events(r, 'invoke.too-large').map((e) => [e.t, e.msg, e.rule])).toEqual([
      [0, 0, 'invoke.payload-limit-async'],
    ]);
    expect(events(r, 'async.accepted').map((e) => e.msg)).toEqual([1]);
    expect(r.fates[0]).toEqual({
      msg: 0,
      kind: 'too-large',
      t: 0,
      rule: 'invoke.payload-limit-async',
      deliveredTo: [],
      attempts: 0,
    });
    // The 1 MB event is accepted, fails three times and reaches both the DLQ and the destination.
    expect(times(r, 'invoke.start', 1)).toEqual([360, 60_460, 180_560]);
    expect(r.fates[1]).toMatchObject({
      kind: 'dlq',
      deliveredTo: ['dlq:sqs:dlq', 'onFailure:sqs:failures'],
    });
  });

  it('holds the deprecated InvokeAsync to 256 KB, where Invoke takes the same event', () => {
    const event = (id: string, api: 'Invoke' | 'InvokeAsync') => ({
      id,
      api,
      invocationType: 'Event' as const,
      arrivals: { kind: 'single' as const, atMs: [0] },
      payloadBytes: 300_000,
    });
    const r = run({ workloads: [event('old-api', 'InvokeAsync'), event('invoke', 'Invoke')] });
    const [refused] = events(r, 'invoke.too-large');
    expect([refused!.msg, refused!.rule, refused!.detail?.limitBytes]).toEqual([
      0,
      'invoke.payload-limit-invokeasync',
      262_144,
    ]);
    expect(r.fates.map((f) => f.kind)).toEqual(['too-large', 'succeeded']);
  });

  it('measures a payload without a stated size as its JSON text', () => {
    const text = 'x'.repeat(1_100_000);
    const r = run({
      workloads: [
        {
          id: 'big',
          invocationType: 'Event',
          arrivals: { kind: 'single', atMs: [0] },
          payload: { text },
        },
      ],
    });
    // {"text":"…"} is 11 bytes of JSON around the string.
    expect(events(r, 'invoke.too-large')[0]!.detail?.sizeBytes).toBe(1_100_011);
  });

  it('fails a synchronous call whose response is over 6 MB: 200 with Function.ResponseSizeTooLarge', () => {
    const r = run({
      function: { behaviour: { duration: { kind: 'fixed', ms: 50 }, responseBytes: 7 * MB } },
      workloads: [
        { id: 'api', arrivals: { kind: 'single', atMs: [0] } },
        { id: 'bg', invocationType: 'Event', arrivals: { kind: 'single', atMs: [1_000] } },
      ],
    });
    const [end] = events(r, 'invoke.end', 0);
    expect([end!.t, end!.rule, end!.detail?.outcome, end!.detail?.errorType]).toEqual([
      300,
      'invoke.response-limit',
      'error',
      'Function.ResponseSizeTooLarge',
    ]);
    expect(events(r, 'sync.response')[0]!.detail).toEqual({
      statusCode: 200,
      functionError: 'Unhandled',
      errorType: 'Function.ResponseSizeTooLarge',
      errorMessage:
        'Response payload size (7340032 bytes) exceeded maximum allowed payload size (6291456 bytes).',
    });
    expect(events(r, 'sync.response')[0]!.rule).toBe('invoke.response-limit');
    expect(r.fates.map((f) => [f.kind, f.rule])).toEqual([
      ['function-error', 'sync.no-retry'],
      // Nobody waits for an Event invocation's response: it succeeds.
      ['succeeded', 'async.accepted'],
    ]);
  });

  it('refuses an oversized event from an asynchronous service at the Invoke API', () => {
    const r = run({
      workloads: [{ ...from({ service: 's3' }, [0]), payloadBytes: 2 * MB }],
    });
    const [refused] = events(r, 'invoke.too-large');
    expect([refused!.t, refused!.from, refused!.rule]).toEqual([
      r.fates[0]!.t,
      'src',
      'invoke.payload-limit-async',
    ]);
    expect(r.fates.map((f) => f.kind)).toEqual(['too-large']);
    expect(events(r, 'async.accepted')).toHaveLength(0);
  });

  it('refuses an oversized API Gateway request: the service answers without invoking', () => {
    const r = run({
      workloads: [{ ...from({ service: 'api-gateway' }, [0]), payloadBytes: 7 * MB }],
    });
    expect(events(r, 'invoke.too-large').map((e) => [e.t, e.rule])).toEqual([
      [0, 'invoke.payload-limit-sync'],
    ]);
    expect(events(r, 'source.response')[0]!.detail?.answer).toBe(
      'API Gateway could not invoke the function: 413 RequestTooLargeException',
    );
    expect(r.fates.map((f) => [f.t, f.kind])).toEqual([[0, 'too-large']]);
    expect(r.stats.invocations).toBe(0);
  });

  it('refuses InvokeAsync on a synchronous workload with a clear message', () => {
    const parsed = parseScenario({
      version: 1,
      workloads: [{ id: 'api', api: 'InvokeAsync', arrivals: { kind: 'single', atMs: [0] } }],
    });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.errors.map((e) => [e.path, e.message])).toEqual([
        ['workloads.0.api', 'InvokeAsync sends Event (asynchronous) invocations only'],
      ]);
  });
});
