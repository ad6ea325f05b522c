import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/scenario';
import { events, run, times } from '../helpers';
import { fateTimes, from, invocationFates, only, serviceFates } from './helpers';

const slow = (ms: number, timeoutSeconds = 60) => ({
  timeoutSeconds,
  behaviour: { duration: { kind: 'fixed' as const, ms } },
});

describe('API Gateway', () => {
  it('answers 504 at exactly 29,000 ms while the function runs on to 40,250 ms and keeps its environment busy', () => {
    const r = run({
      function: slow(40_000),
      workloads: [from({ service: 'api-gateway' }, [0, 30_000])],
    });
    // The request's own path: one invocation, no retry.
    expect(events(r, 'source.invoke').map((e) => [e.t, e.attempt])).toEqual([
      [0, 1],
      [30_000, 1],
    ]);
    expect(events(r, 'source.timeout').map((e) => [e.t, e.detail?.limitMs])).toEqual([
      [29_000, 29_000],
      [59_000, 29_000],
    ]);
    expect(events(r, 'source.response').map((e) => [e.t, e.detail?.statusCode])).toEqual([
      [29_000, 504],
      [59_000, 504],
    ]);
    expect(fateTimes(serviceFates(r))).toEqual([
      [29_000, 'http-504'],
      [59_000, 'http-504'],
    ]);
    // The functions carry on: ended at 40,250 and 70,250, with nobody listening.
    expect(times(r, 'invoke.end')).toEqual([40_250, 70_250]);
    expect(fateTimes(invocationFates(r))).toEqual([
      [40_250, 'abandoned'],
      [70_250, 'abandoned'],
    ]);
    // At 30 s the first environment is still busy, so the second request needs a new one.
    expect(events(r, 'env.init').map((e) => [e.t, e.env])).toEqual([
      [0, 0],
      [30_000, 1],
    ]);
    expect(r.stats.maxConcurrency).toBe(2);
  });

  it('turns a function error into 502 and passes a success on as 200, never retrying', () => {
    const r = run({
      function: { behaviour: { duration: { kind: 'fixed', ms: 20 }, errorRate: 1 } },
      workloads: [from({ service: 'api-gateway' })],
    });
    expect(events(r, 'invoke.start')).toHaveLength(1);
    expect(only(r, 'source.response').detail).toMatchObject({
      statusCode: 502,
      answer: '502 Bad Gateway: the function returned an error',
    });
    expect(fateTimes(r.fates)).toEqual([
      [270, 'http-502'],
      [270, 'function-error'],
    ]);

    const ok = run({ workloads: [from({ service: 'api-gateway' })] });
    expect(fateTimes(ok.fates)).toEqual([
      [350, 'succeeded'],
      [350, 'succeeded'],
    ]);
    expect(only(ok, 'source.response').detail?.statusCode).toBe(200);
  });

  it('answers 502 "Malformed Lambda proxy response" when the function returns the wrong shape', () => {
    const r = run({
      workloads: [from({ service: 'api-gateway', malformedResponseRate: 1 })],
    });
    expect(only(r, 'source.response').detail?.answer).toBe(
      '502 Bad Gateway: Malformed Lambda proxy response',
    );
    // Lambda's own view: the function returned fine.
    expect(fateTimes(r.fates)).toEqual([
      [350, 'http-502'],
      [350, 'succeeded'],
    ]);
  });

  it('maps a throttle to 500, not 429', () => {
    const r = run({
      function: { reservedConcurrency: 1, behaviour: { duration: { kind: 'fixed', ms: 500 } } },
      workloads: [
        { ...from({ service: 'api-gateway' }), arrivals: { kind: 'burst', atMs: 0, count: 2 } },
      ],
    });
    expect(events(r, 'throttled')).toHaveLength(1);
    expect(events(r, 'source.response').map((e) => [e.t, e.detail?.statusCode])).toEqual([
      [0, 500],
      [750, 200],
    ]);
    // Messages: request 1, its invocation, request 2, its throttled invocation.
    expect(r.fates.map((f) => f.kind)).toEqual(['succeeded', 'succeeded', 'http-500', 'throttled']);
  });

  it('waits 30,000 ms on an HTTP API, and a raised REST timeout is honoured', () => {
    const http = run({
      function: slow(40_000),
      workloads: [from({ service: 'api-gateway', kind: 'http' })],
    });
    expect(fateTimes(serviceFates(http))).toEqual([[30_000, 'http-504']]);
    const raised = run({
      function: slow(40_000),
      workloads: [from({ service: 'api-gateway', integrationTimeoutMs: 45_000 })],
    });
    expect(fateTimes(serviceFates(raised))).toEqual([[40_250, 'succeeded']]);
    const bad = parseScenario({
      version: 1,
      workloads: [from({ service: 'api-gateway', kind: 'http', integrationTimeoutMs: 31_000 })],
    });
    expect(bad.ok || bad.errors).toEqual([
      {
        path: 'workloads.0.source.integrationTimeoutMs',
        message: 'an HTTP API waits at most 30,000 ms for its integration',
      },
    ]);
  });
});

describe('Application Load Balancer', () => {
  it('makes one attempt and answers 502 for a function error and for a throttle', () => {
    const r = run({
      function: {
        reservedConcurrency: 1,
        behaviour: { duration: { kind: 'fixed', ms: 100 }, errorRate: 1 },
      },
      workloads: [{ ...from({ service: 'alb' }), arrivals: { kind: 'burst', atMs: 0, count: 2 } }],
    });
    expect(
      events(r, 'source.response').map((e) => [e.t, e.detail?.statusCode, e.detail?.answer]),
    ).toEqual([
      [0, 502, '502 Bad Gateway: Lambda throttled the call'],
      [350, 502, '502 Bad Gateway: the Lambda target failed'],
    ]);
    expect(events(r, 'invoke.start')).toHaveLength(1);
  });
});

describe('function URLs', () => {
  it('lets a request run past 29 s: only the function timeout bounds it', () => {
    const r = run({
      function: slow(600_000, 900),
      workloads: [from({ service: 'function-url' })],
    });
    expect(fateTimes(serviceFates(r))).toEqual([[600_250, 'succeeded']]);
    expect(events(r, 'source.timeout')).toHaveLength(0);
  });

  it('passes a throttle on as 429 and a function error as 502', () => {
    const throttled = run({
      function: { reservedConcurrency: 0 },
      workloads: [from({ service: 'function-url' })],
    });
    expect(fateTimes(serviceFates(throttled))).toEqual([[0, 'http-429']]);
    const failing = run({
      function: { behaviour: { duration: { kind: 'fixed', ms: 50 }, errorRate: 1 } },
      workloads: [from({ service: 'function-url' })],
    });
    expect(fateTimes(serviceFates(failing))).toEqual([[300, 'http-502']]);
  });
});

describe('Lambda@Edge', () => {
  const edgeVersion = (timeoutSeconds: number, memoryMb = 128, errorRate = 0) => ({
    version: 1,
    runtime: 'nodejs' as const,
    packageType: 'zip' as const,
    memoryMb,
    timeoutSeconds,
    behaviour: { duration: { kind: 'fixed' as const, ms: 6_000 }, errorRate },
  });

  it('answers 503 when a viewer trigger times out at its 5 s limit, 502 for an invalid response', () => {
    const r = run({
      function: { versions: [edgeVersion(5)] },
      workloads: [{ ...from({ service: 'lambda-edge' }), qualifier: 1 }],
    });
    expect(times(r, 'invoke.end')).toEqual([5_250]);
    expect(only(r, 'source.response').detail).toMatchObject({
      statusCode: 503,
      answer: '503 Service Unavailable: LambdaExecutionError',
    });
    expect(fateTimes(r.fates)).toEqual([
      [5_250, 'http-503'],
      [5_250, 'timed-out'],
    ]);

    const origin = run({
      function: { versions: [edgeVersion(30)] },
      workloads: [
        {
          ...from({
            service: 'lambda-edge',
            eventType: 'origin-request',
            malformedResponseRate: 1,
          }),
          qualifier: 1,
        },
      ],
    });
    expect(fateTimes(serviceFates(origin))).toEqual([[6_250, 'http-502']]);
  });

  it('puts the trigger type into the event CloudFront sends', () => {
    const r = run({
      function: { versions: [edgeVersion(30)] },
      workloads: [
        { ...from({ service: 'lambda-edge', eventType: 'origin-response' }), qualifier: 1 },
      ],
    });
    const payload = r.messages[0]!.payload as {
      Records: Array<{ cf: { config: { eventType: string } } }>;
    };
    expect(payload.Records[0]!.cf.config.eventType).toBe('origin-response');
  });

  it('refuses $LATEST, aliases, and versions beyond the trigger’s limits', () => {
    const errors = (fn: object, workload: object) => {
      const p = parseScenario({ version: 1, function: fn, workloads: [workload] });
      return p.ok ? [] : p.errors;
    };
    expect(errors({}, from({ service: 'lambda-edge' }))).toEqual([
      {
        path: 'workloads.0.qualifier',
        message: 'Lambda@Edge needs a numbered version of the function, never $LATEST or an alias',
      },
    ]);
    expect(
      errors(
        { versions: [edgeVersion(10, 512)] },
        { ...from({ service: 'lambda-edge' }), qualifier: 1 },
      ),
    ).toEqual([
      {
        path: 'workloads.0.qualifier',
        message: 'version 1 has a 10 s timeout; viewer-request triggers allow at most 5 s',
      },
      {
        path: 'workloads.0.qualifier',
        message: 'version 1 has 512 MB; viewer triggers allow at most 128 MB',
      },
    ]);
    expect(
      errors(
        { versions: [edgeVersion(30, 2048)] },
        { ...from({ service: 'lambda-edge', eventType: 'origin-request' }), qualifier: 1 },
      ),
    ).toEqual([]);
  });
});
