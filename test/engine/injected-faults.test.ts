import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario';
import { events, run, times } from './helpers';

const syncCalls = (atMs: number[]) => ({
  id: 'api',
  arrivals: { kind: 'single' as const, atMs },
});

describe('behaviour.failFirst', () => {
  it('fails the first N invocations of the run, then lets the rest succeed', () => {
    const r = run({
      function: { behaviour: { duration: { kind: 'fixed', ms: 100 }, failFirst: 2 } },
      workloads: [syncCalls([0, 1_000, 2_000, 3_000])],
    });
    const ends = events(r, 'invoke.end');
    expect(ends.map((e) => e.detail?.outcome)).toEqual(['error', 'error', 'success', 'success']);
    expect(ends.map((e) => e.rule)).toEqual([
      'behaviour.fail-first',
      'behaviour.fail-first',
      'sync.request',
      'sync.request',
    ]);
    expect(ends[0]?.detail?.errorMessage).toBe(
      'Invocation 1 of the run: the first 2 are set to fail',
    );
    expect(r.fates.map((f) => f.kind)).toEqual([
      'function-error',
      'function-error',
      'succeeded',
      'succeeded',
    ]);
  });

  it('counts invocations, not requests: an async retry is the next invocation', () => {
    const r = run({
      function: { behaviour: { duration: { kind: 'fixed', ms: 100 }, failFirst: 1 } },
      workloads: [{ ...syncCalls([0]), invocationType: 'Event' }],
    });
    expect(events(r, 'invoke.end').map((e) => e.detail?.outcome)).toEqual(['error', 'success']);
    expect(times(r, 'invoke.end')).toEqual([450, 60_550]);
  });

  it('is 0 (off) by default and accepts 0–1000', () => {
    const ok = parseScenario({ version: 1 });
    expect(ok.ok && ok.scenario.function.behaviour.failFirst).toBe(0);
    const bad = parseScenario({ version: 1, function: { behaviour: { failFirst: 1_001 } } });
    expect(bad.ok).toBe(false);
  });
});

describe('faults.destinationOutage', () => {
  const failing = {
    runtime: 'nodejs' as const,
    behaviour: { duration: { kind: 'fixed' as const, ms: 100 }, errorRate: 1 },
    asyncConfig: { maximumRetryAttempts: 0, maximumEventAgeInSeconds: 21_600 },
  };

  it('loses a discarded event whose DLQ and on-failure destination are both unreachable', () => {
    const r = run({
      function: {
        ...failing,
        deadLetterQueue: { type: 'sqs', name: 'dlq' },
        asyncConfig: { ...failing.asyncConfig, onFailure: { type: 'sns', name: 'failures' } },
      },
      faults: { destinationOutage: { fromMs: 0, untilMs: 1_000 } },
      workloads: [{ ...syncCalls([0, 2_000]), invocationType: 'Event' }],
    });
    // The first discard (450 ms) falls in the outage, the second (2.2 s, warm) after it.
    expect(times(r, 'dlq.failed')).toEqual([450]);
    expect(times(r, 'destination.failed')).toEqual([450]);
    expect(times(r, 'dlq.sent')).toEqual([2_200]);
    expect(times(r, 'destination.sent')).toEqual([2_200]);
    expect(r.fates.map((f) => [f.kind, f.rule, f.deliveredTo])).toEqual([
      ['dropped', 'async.destination-unreachable', []],
      ['dlq', 'async.dlq-and-destination', ['dlq:sqs:dlq', 'onFailure:sns:failures']],
    ]);
  });

  it('keeps what reached the other target when only one could be written', () => {
    // Only the destination is configured here; on success the record is lost, the event succeeded.
    const r = run({
      function: {
        behaviour: { duration: { kind: 'fixed', ms: 100 } },
        asyncConfig: { onSuccess: { type: 'sqs', name: 'done' } },
      },
      faults: { destinationOutage: { fromMs: 0, untilMs: 600_000 } },
      workloads: [{ ...syncCalls([0]), invocationType: 'Event' }],
    });
    expect(events(r, 'destination.failed').map((e) => e.detail?.destination)).toEqual([
      'onSuccess',
    ]);
    expect(r.fates[0]).toMatchObject({ kind: 'succeeded', deliveredTo: [] });
  });

  it('must end after it starts', () => {
    const bad = parseScenario({
      version: 1,
      faults: { destinationOutage: { fromMs: 5_000, untilMs: 5_000 } },
    });
    expect(bad.ok).toBe(false);
  });
});
