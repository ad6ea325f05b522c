import { describe, expect, it } from 'vitest';
import { events, run, times } from './helpers';

const v = (version: number) => ({
  version,
  runtime: 'nodejs' as const,
  packageType: 'zip' as const,
  memoryMb: 256,
  timeoutSeconds: 3,
  behaviour: { duration: { kind: 'fixed' as const, ms: 200 } },
});

describe('provisioned concurrency', () => {
  it('serves the first 2 concurrent requests warm and cold-starts the third (spillover)', () => {
    const r = run({
      function: {
        versions: [v(1)],
        aliases: [{ name: 'live', version: 1 }],
        provisionedConcurrency: [{ qualifier: 'live', count: 2 }],
      },
      workloads: [
        { id: 'web', qualifier: 'live', arrivals: { kind: 'burst', atMs: 1_000, count: 3 } },
      ],
    });
    expect(times(r, 'env.provisioned')).toEqual([0, 0]);
    const starts = events(r, 'invoke.start');
    expect(starts.map((e) => [e.msg, e.t, e.detail?.provisioned, e.detail?.warm])).toEqual([
      [0, 1_000, true, true],
      [1, 1_000, true, true],
      [2, 1_250, false, false],
    ]);
    expect(events(r, 'env.init').map((e) => [e.msg, e.rule])).toEqual([
      [2, 'env.provisioned-spillover'],
    ]);
    expect(r.stats.coldStarts).toBe(1);
  });

  it('recycles provisioned environments every 4 hours with a ready replacement', () => {
    const r = run({
      durationMs: 5 * 3_600_000,
      function: {
        versions: [v(1)],
        provisionedConcurrency: [{ qualifier: 1, count: 1 }],
      },
    });
    expect(times(r, 'env.recycled')).toEqual([4 * 3_600_000]);
    expect(times(r, 'env.provisioned')).toEqual([0, 4 * 3_600_000]);
  });
});

describe('weighted alias', () => {
  it('sends about 10 % of 1,000 requests to the additional version (binomial 99.9 % band)', () => {
    // n = 1000, p = 0.1: mean 100, sd 9.49; a 99.9 % two-sided band is 100 ± 3.29 sd = [69, 131]
    for (const seed of [1, 2, 3, 42, 2026]) {
      const r = run({
        seed,
        function: {
          versions: [v(1), v(2)],
          aliases: [{ name: 'prod', version: 1, routing: { version: 2, weight: 0.1 } }],
        },
        workloads: [
          {
            id: 'traffic',
            qualifier: 'prod',
            arrivals: { kind: 'constant', ratePerSecond: 10, durationMs: 100_000 },
          },
        ],
      });
      const routed = events(r, 'alias.routed');
      expect(routed).toHaveLength(1_000);
      const toTwo = routed.filter((e) => e.version === '2').length;
      expect(toTwo).toBeGreaterThanOrEqual(69);
      expect(toTwo).toBeLessThanOrEqual(131);
      expect(events(r, 'invoke.start').every((e) => e.version === '1' || e.version === '2')).toBe(
        true,
      );
    }
  });

  it('runs each published version with its own frozen settings', () => {
    const r = run({
      function: {
        timeoutSeconds: 3,
        versions: [
          { ...v(1), behaviour: { duration: { kind: 'fixed', ms: 5_000 } }, timeoutSeconds: 10 },
        ],
      },
      workloads: [
        { id: 'latest', arrivals: { kind: 'single', atMs: [0] }, qualifier: '$LATEST' },
        { id: 'v1', arrivals: { kind: 'single', atMs: [0] }, qualifier: 1 },
      ],
    });
    expect(r.fates.map((f) => f.kind)).toEqual(['succeeded', 'succeeded']);
    expect(events(r, 'invoke.end').map((e) => [e.version, e.detail?.durationMs])).toEqual([
      ['$LATEST', 100],
      ['1', 5_000],
    ]);
    // versions never share environments
    expect(new Set(events(r, 'invoke.start').map((e) => e.env)).size).toBe(2);
  });
});

describe('scaling', () => {
  const burst = (count: number) => ({
    id: 'spike',
    arrivals: { kind: 'burst' as const, atMs: 0, count },
  });
  const longRunning = {
    timeoutSeconds: 60,
    behaviour: { duration: { kind: 'fixed' as const, ms: 30_000 } },
  };

  it('adds at most 1,000 new environments per 10 s per function', () => {
    const r = run({
      account: { concurrencyLimit: 5_000 },
      function: longRunning,
      workloads: [burst(1_500)],
    });
    expect(r.stats.coldStarts).toBe(1_000);
    const throttled = events(r, 'throttled');
    expect(throttled).toHaveLength(500);
    expect(throttled.every((e) => e.rule === 'concurrency.scaling-rate')).toBe(true);
  });

  it('refills the scaling budget continuously (100 per second)', () => {
    const r = run({
      account: { concurrencyLimit: 5_000 },
      function: longRunning,
      workloads: [
        burst(1_000),
        { id: 'next', arrivals: { kind: 'burst', atMs: 2_000, count: 300 } },
      ],
    });
    // 2 s after the first 1,000, 200 more environments may be created
    expect(r.stats.coldStarts).toBe(1_200);
    expect(events(r, 'throttled')).toHaveLength(100);
  });

  it('old model: a burst of 500, then 500 more per minute', () => {
    const r = run({
      account: { concurrencyLimit: 5_000, scalingModel: 'legacy-burst', legacyBurstLimit: 500 },
      function: { timeoutSeconds: 900, behaviour: { duration: { kind: 'fixed', ms: 600_000 } } },
      workloads: [
        burst(800),
        { id: 'later', arrivals: { kind: 'burst', atMs: 60_000, count: 800 } },
      ],
    });
    const initsAt = (t: number) => events(r, 'env.init').filter((e) => e.t === t).length;
    expect(initsAt(0)).toBe(500);
    expect(initsAt(60_000)).toBe(500);
    expect(events(r, 'throttled').every((e) => e.rule === 'concurrency.burst-legacy')).toBe(true);
    expect(events(r, 'throttled')).toHaveLength(600);
  });

  it('throttles at the account limit with ConcurrentInvocationLimitExceeded', () => {
    const r = run({
      account: { concurrencyLimit: 100 },
      function: longRunning,
      workloads: [burst(150)],
    });
    expect(r.stats.maxConcurrency).toBe(100);
    expect(events(r, 'throttled').map((e) => e.detail?.reason)).toEqual(
      Array(50).fill('ConcurrentInvocationLimitExceeded'),
    );
  });

  it('keeps provisioned environments inside reserved concurrency', () => {
    const r = run({
      function: {
        reservedConcurrency: 3,
        versions: [v(1)],
        provisionedConcurrency: [{ qualifier: 1, count: 2 }],
      },
      workloads: [{ id: 'mixed', qualifier: 1, arrivals: { kind: 'burst', atMs: 0, count: 5 } }],
    });
    // 2 provisioned + 1 on-demand = the reserved 3; the other 2 are throttled
    expect(r.stats.maxConcurrency).toBe(3);
    expect(events(r, 'throttled')).toHaveLength(2);
  });
});
