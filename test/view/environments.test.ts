import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Run } from '../../src/engine';
import { environmentsAt, type EnvSlot } from '../../src/view';
import { presetRun, runOf } from './helpers';

/** Each slot as "id:state:msg:provisionedFor", for exact comparisons. */
const slots = (run: Run, t: number) =>
  environmentsAt(run, t).slots.map((s) => `${s.id}:${s.state}:${s.msg}:${s.provisionedFor}`);

describe('environmentsAt on cold-warm-provisioned', () => {
  const run = presetRun('cold-warm-provisioned');

  it('has the provisioned environment ready at time 0, before any request', () => {
    expect(environmentsAt(run, -1).slots).toEqual([]);
    expect(slots(run, 0)).toEqual(['0:idle:-1:live']);
    expect(environmentsAt(run, 0).counts).toEqual({
      initializing: 0,
      busy: 0,
      idle: 0,
      provisionedBusy: 0,
      provisionedReady: 1,
    });
  });

  it('at 1 s runs message #2 in the provisioned environment while #1 pays a cold start', () => {
    expect(slots(run, 1_000)).toEqual(['0:busy:1:live', '1:initializing:0:']);
    expect(environmentsAt(run, 1_000).counts).toMatchObject({
      initializing: 1,
      provisionedBusy: 1,
    });
    // Init takes 1.5 s for Java: the handler starts at 2.5 s.
    expect(slots(run, 2_499)).toEqual(['0:idle:-1:live', '1:initializing:0:']);
    expect(slots(run, 2_500)).toEqual(['0:idle:-1:live', '1:busy:0:']);
  });

  it('reuses the warm environment at 5 s, reclaims it after a minute idle, and starts cold again', () => {
    expect(slots(run, 5_000)).toEqual(['0:busy:3:live', '1:busy:2:']);
    expect(slots(run, 65_399)).toEqual(['0:idle:-1:live', '1:idle:-1:']);
    expect(slots(run, 65_400)).toEqual(['0:idle:-1:live']);
    expect(slots(run, 120_000)).toEqual(['0:busy:5:live', '2:initializing:4:']);
    expect(slots(run, 121_900)).toEqual(['0:idle:-1:live', '2:idle:-1:']);
  });

  it('returns the same object for every t between two changes', () => {
    expect(environmentsAt(run, 3_000)).toBe(environmentsAt(run, 4_999));
    expect(environmentsAt(run, 3_000)).not.toBe(environmentsAt(run, 5_000));
  });
});

describe('environmentsAt on provisioned-spillover', () => {
  const run = presetRun('provisioned-spillover');

  it('fills both provisioned environments and spills the third request to on-demand', () => {
    expect(slots(run, 999)).toEqual(['0:idle:-1:live', '1:idle:-1:live']);
    expect(slots(run, 1_000)).toEqual(['0:busy:1:live', '1:busy:0:live', '2:initializing:2:']);
    expect(environmentsAt(run, 1_000).counts).toEqual({
      initializing: 1,
      busy: 0,
      idle: 0,
      provisionedBusy: 2,
      provisionedReady: 0,
    });
    expect(slots(run, 1_300)).toEqual(['0:idle:-1:live', '1:idle:-1:live', '2:initializing:2:']);
    expect(slots(run, 2_500)).toEqual(['0:idle:-1:live', '1:idle:-1:live', '2:busy:2:']);
    expect(environmentsAt(run, 2_800).counts).toMatchObject({ idle: 1, provisionedReady: 2 });
  });
});

describe('environmentsAt on sync-throttle', () => {
  const run = presetRun('sync-throttle');

  it('has one environment only (reserved concurrency 1): the two throttled requests get none', () => {
    expect(slots(run, 0)).toEqual(['0:initializing:0:']);
    expect(slots(run, 250)).toEqual(['0:busy:0:']);
    expect(slots(run, 750)).toEqual(['0:idle:-1:']);
    expect(environmentsAt(run, 60_000).counts.idle).toBe(1);
  });
});

describe('environmentsAt with many environments', () => {
  it('counts 150 concurrent cold starts, then 150 busy', () => {
    const run = runOf({
      version: 1,
      function: { runtime: 'java', behaviour: { duration: { kind: 'fixed', ms: 2_000 } } },
      workloads: [{ id: 'burst', arrivals: { kind: 'burst', atMs: 0, count: 150 } }],
    });
    const at0 = environmentsAt(run, 0);
    expect(at0.slots).toHaveLength(150);
    expect(at0.counts.initializing).toBe(150);
    const later = environmentsAt(run, 1_600);
    expect(later.counts).toMatchObject({ initializing: 0, busy: 150 });
  });
});

/** The reference: replay every event at or before t, one by one. */
function replay(run: Run, t: number): { slots: string[]; counts: Record<string, number> } {
  const live = new Map<number, EnvSlot>();
  for (const e of run.trace) {
    if (e.t > t) break;
    if (e.env < 0) continue;
    const info = run.environments[e.env]!;
    const base = { id: e.env, version: info.version, provisionedFor: info.provisionedFor };
    if (e.kind === 'env.provisioned') live.set(e.env, { ...base, state: 'idle', msg: -1 });
    else if (e.kind === 'env.init') live.set(e.env, { ...base, state: 'initializing', msg: e.msg });
    else if (e.kind === 'invoke.start') live.set(e.env, { ...base, state: 'busy', msg: e.msg });
    else if (e.kind === 'invoke.end') live.set(e.env, { ...base, state: 'idle', msg: -1 });
    else if (e.kind === 'env.reclaimed' || e.kind === 'env.retired' || e.kind === 'env.recycled')
      live.delete(e.env);
  }
  const list = [...live.values()].sort((a, b) => a.id - b.id);
  const counts = { initializing: 0, busy: 0, idle: 0, provisionedBusy: 0, provisionedReady: 0 };
  for (const s of list) {
    const p = s.provisionedFor !== '';
    if (s.state === 'initializing') counts.initializing++;
    else if (s.state === 'busy') counts[p ? 'provisionedBusy' : 'busy']++;
    else counts[p ? 'provisionedReady' : 'idle']++;
  }
  return {
    slots: list.map((s) => `${s.id}:${s.state}:${s.msg}:${s.provisionedFor}`),
    counts,
  };
}

describe('environmentsAt equals replaying the trace', () => {
  const runs = [
    'cold-warm-provisioned',
    'provisioned-spillover',
    'sync-throttle',
    'alias-canary',
    'async-retries',
    'sqs-redrive',
    'kinesis-bisect',
  ].map((id) => [id, presetRun(id)] as const);

  for (const [id, run] of runs) {
    it(`at any t on ${id}`, () => {
      fc.assert(
        fc.property(fc.integer({ min: -10, max: run.endTime + 10 }), (t) => {
          const got = environmentsAt(run, t);
          expect({ slots: slots(run, t), counts: got.counts }).toEqual(replay(run, t));
        }),
        { numRuns: 150 },
      );
    });
  }

  it('at every event time on cold-warm-provisioned (where the state changes)', () => {
    const run = presetRun('cold-warm-provisioned');
    for (const e of run.trace) {
      expect(slots(run, e.t)).toEqual(replay(run, e.t).slots);
      expect(slots(run, e.t - 1)).toEqual(replay(run, e.t - 1).slots);
    }
  });
});
