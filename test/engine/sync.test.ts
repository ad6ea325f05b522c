import { describe, expect, it } from 'vitest';
import { events, run, times } from './helpers';

const calls = (count: number, atMs = 0) => ({
  id: 'api',
  invocationType: 'RequestResponse' as const,
  arrivals: { kind: 'burst' as const, atMs, count },
});

describe('synchronous invocation', () => {
  it('throttles 2 of 3 simultaneous calls with reserved concurrency 1 (429)', () => {
    const r = run({
      function: { reservedConcurrency: 1, behaviour: { duration: { kind: 'fixed', ms: 500 } } },
      workloads: [calls(3)],
    });
    const throttled = events(r, 'throttled');
    expect(throttled).toHaveLength(2);
    expect(throttled.map((e) => e.detail?.reason)).toEqual([
      'ReservedFunctionConcurrentInvocationLimitExceeded',
      'ReservedFunctionConcurrentInvocationLimitExceeded',
    ]);
    expect(
      events(r, 'sync.response')
        .map((e) => e.detail?.statusCode)
        .sort(),
    ).toEqual([200, 429, 429]);
    expect(r.fates.map((f) => f.kind)).toEqual(['succeeded', 'throttled', 'throttled']);
    expect(r.stats.maxConcurrency).toBe(1);
  });

  it('returns 200 with X-Amz-Function-Error for a function error, and Lambda does not retry', () => {
    const r = run({
      function: { behaviour: { duration: { kind: 'fixed', ms: 20 }, errorRate: 1 } },
      workloads: [calls(1)],
    });
    const [res] = events(r, 'sync.response');
    expect(res?.detail).toMatchObject({
      statusCode: 200,
      functionError: 'Unhandled',
      errorType: 'Error',
    });
    expect(events(r, 'invoke.start')).toHaveLength(1);
    expect(r.fates[0]).toMatchObject({ kind: 'function-error', t: 270, rule: 'sync.no-retry' });
  });

  it('stops at the function timeout with "Task timed out" and re-initialises that environment next time', () => {
    const r = run({
      function: { timeoutSeconds: 1, behaviour: { duration: { kind: 'fixed', ms: 2_000 } } },
      workloads: [{ ...calls(1), arrivals: { kind: 'single', atMs: [0, 5_000] } }],
    });
    expect(times(r, 'invoke.end')).toEqual([1_250, 6_250]);
    expect(events(r, 'sync.response')[0]?.detail?.errorMessage).toBe(
      'Task timed out after 1.00 seconds',
    );
    const inits = events(r, 'env.init');
    expect(inits.map((e) => [e.t, e.env, e.detail?.initReason, e.rule])).toEqual([
      [0, 0, 'cold', 'env.cold-start'],
      [5_000, 0, 'reset', 'env.reset'],
    ]);
    expect(r.fates.map((f) => f.kind)).toEqual(['timed-out', 'timed-out']);
  });

  it('reuses the warm environment for the next request', () => {
    const r = run({
      function: { runtime: 'python', behaviour: { duration: { kind: 'fixed', ms: 100 } } },
      workloads: [{ ...calls(1), arrivals: { kind: 'single', atMs: [0, 1_000, 2_000] } }],
    });
    expect(times(r, 'env.init')).toEqual([0]);
    expect(events(r, 'invoke.start').map((e) => [e.t, e.env, e.detail?.warm, e.rule])).toEqual([
      [250, 0, false, 'env.cold-start'],
      [1_000, 0, true, 'env.warm-start'],
      [2_000, 0, true, 'env.warm-start'],
    ]);
    expect(r.environments).toHaveLength(1);
  });

  it('picks the most recently used idle environment', () => {
    const r = run({
      function: { behaviour: { duration: { kind: 'uniform', minMs: 100, maxMs: 100 } } },
      workloads: [
        { ...calls(2), id: 'pair' },
        { id: 'later', arrivals: { kind: 'single', atMs: [900] } },
      ],
    });
    // both envs finish at 350; env 1 was released last (same time, later sequence)
    expect(events(r, 'invoke.start').map((e) => e.env)).toEqual([0, 1, 1]);
  });

  it('reclaims an idle environment after the idle timeout, so the next request is cold', () => {
    const r = run({
      environment: { idleTimeoutMinutes: 5 },
      workloads: [{ ...calls(1), arrivals: { kind: 'single', atMs: [0, 400_000] } }],
    });
    expect(times(r, 'env.reclaimed')).toEqual([350 + 300_000, 400_350 + 300_000]);
    expect(times(r, 'env.init')).toEqual([0, 400_000]);
  });

  it('retires an idle environment at exactly its maximum lifetime', () => {
    const r = run({
      environment: { idleTimeoutMinutes: 60, maxLifetimeMinutes: 10 },
      workloads: [
        {
          id: 'steady',
          arrivals: { kind: 'constant', ratePerSecond: 1 / 60, durationMs: 900_000 },
        },
      ],
    });
    expect(times(r, 'env.retired')).toEqual([600_000, 1_200_000]);
    expect(times(r, 'env.init')).toEqual([0, 600_000]);
  });

  it('retires a busy environment past its lifetime when its invocation ends', () => {
    const r = run({
      environment: { idleTimeoutMinutes: 60, maxLifetimeMinutes: 10 },
      function: { timeoutSeconds: 900, behaviour: { duration: { kind: 'fixed', ms: 100_000 } } },
      workloads: [
        { id: 'slow', arrivals: { kind: 'single', atMs: [0, 200_000, 400_000, 599_000] } },
      ],
    });
    expect(times(r, 'env.retired')).toEqual([699_000]);
    expect(times(r, 'env.init')).toEqual([0]);
  });

  it('lets an SDK caller retry throttles with jittered exponential backoff', () => {
    const r = run({
      seed: 11,
      function: { reservedConcurrency: 1, behaviour: { duration: { kind: 'fixed', ms: 50 } } },
      workloads: [
        {
          ...calls(2),
          callerRetry: { mode: 'sdk', maxAttempts: 3, baseDelayMs: 1_000, maxDelayMs: 20_000 },
        },
      ],
    });
    const retries = events(r, 'caller.retry', 1);
    expect(retries.length).toBeGreaterThanOrEqual(1);
    retries.forEach((e, i) => {
      expect(e.detail?.delayMs).toBeLessThan(1_000 * 2 ** i);
      expect(e.detail?.delayMs).toBeGreaterThanOrEqual(0);
    });
    // the first call holds the slot until 300 ms; every request of message 1 is a new attempt
    expect(events(r, 'sync.request', 1).map((e) => e.attempt)).toEqual(
      Array.from({ length: retries.length + 1 }, (_, i) => i + 1),
    );
    expect(r.fates[1]?.kind).toBe(r.fates[1]?.attempts === 1 ? 'succeeded' : 'throttled');
  });

  it('answers DryRun with 204 and runs nothing', () => {
    const r = run({ workloads: [{ ...calls(1), invocationType: 'DryRun' }] });
    expect(events(r, 'dryrun.accepted')[0]?.detail?.statusCode).toBe(204);
    expect(events(r, 'invoke.start')).toHaveLength(0);
    expect(r.fates[0]).toMatchObject({ kind: 'dry-run', attempts: 0 });
  });

  it('fails payloads that match a poison predicate, and only those', () => {
    const r = run({
      function: { behaviour: { errorWhen: [{ path: 'order.id', equals: 13 }] } },
      workloads: [
        { id: 'good', arrivals: { kind: 'single', atMs: [0] }, payload: { order: { id: 12 } } },
        { id: 'bad', arrivals: { kind: 'single', atMs: [1_000] }, payload: { order: { id: 13 } } },
      ],
    });
    expect(r.fates.map((f) => f.kind)).toEqual(['succeeded', 'function-error']);
    expect(events(r, 'invoke.end', 1)[0]?.detail?.errorMessage).toBe(
      'Cannot process event: order.id is 13',
    );
  });
});

describe('Lambda service errors', () => {
  it('returns 500 ServiceException to a sync caller, whose SDK retries it', () => {
    const r = run({
      seed: 5,
      faults: { serviceErrorRate: 1 },
      workloads: [
        {
          id: 'api',
          arrivals: { kind: 'single', atMs: [0] },
          callerRetry: { mode: 'sdk', maxAttempts: 3 },
        },
      ],
    });
    expect(events(r, 'service.error')).toHaveLength(3);
    expect(events(r, 'caller.retry').map((e) => e.detail?.statusCode)).toEqual([500, 500]);
    expect(events(r, 'invoke.start')).toHaveLength(0);
    expect(events(r, 'sync.response')[0]?.detail).toMatchObject({
      statusCode: 500,
      reason: 'ServiceException',
    });
    expect(r.fates[0]).toMatchObject({
      kind: 'service-error',
      attempts: 0,
      rule: 'invoke.service-error',
    });
  });
});
