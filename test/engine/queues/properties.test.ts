import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulate, type FateKind, type Run } from '../../../src/engine';
import { parseScenario, type Scenario } from '../../../src/scenario';
import { queueScenarioArb } from './arbitraries';

// 150 scenarios: recursive loops that are allowed make some runs long; PROPERTY_RUNS asks for more.
const RUNS = Number(process.env.PROPERTY_RUNS ?? 150);
const SIX_MB = 6 * 1024 * 1024;

const MESSAGE_FATES = new Set<FateKind>([
  'processed',
  'redriven',
  'expired',
  'filtered',
  'dropped',
  'in-flight',
]);
const BATCH_FATES = new Set<FateKind>([
  'batch-succeeded',
  'batch-partial',
  'batch-failed',
  'batch-throttled',
  'in-flight',
]);

function parse(doc: unknown): Scenario {
  const r = parseScenario(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.scenario;
}

/** Every invariant of queue pollers, checked on one run; throws on the first violation. */
function check(run: Run, s: Scenario): void {
  expect(run.fates).toHaveLength(run.messages.length);
  const settled = new Set<number>();
  const fateCount = new Map<number, number>();
  let last = 0;
  const sources = new Map<
    string,
    { fifo: boolean; batchSize: number; cap: number; maxReceives: number }
  >();
  for (const q of s.queues ?? [])
    sources.set(q.name, {
      fifo: q.type === 'fifo',
      batchSize: q.mapping?.batchSize ?? 0,
      cap:
        q.mapping?.provisionedPollerConfig !== undefined
          ? q.mapping.provisionedPollerConfig.maximumPollers * 10
          : (q.mapping?.scalingConfig?.maximumConcurrency ?? 1_000),
      maxReceives: q.redrivePolicy?.maxReceiveCount ?? Infinity,
    });
  for (const b of s.brokers ?? [])
    sources.set(b.name, {
      fifo: false,
      batchSize: b.mapping?.batchSize ?? 0,
      cap: b.engine === 'activemq' ? 5 : 1,
      maxReceives: b.maximumRedeliveries + 1,
    });
  const groupOf = new Map<number, string>();
  const sentInGroup = new Map<string, number[]>();
  const receives = new Map<number, number>();
  const queueOf = new Map<number, string>();
  const laps = new Map<number, number>();
  const loopTerminates = s.function.writesBackToSource && s.function.recursiveLoop !== 'Allow';

  for (const e of run.trace) {
    expect(e.t).toBeGreaterThanOrEqual(last); // time never goes backwards
    last = e.t;
    if (e.msg >= 0) expect(settled.has(e.msg), `${e.kind} of #${e.msg} after its fate`).toBe(false);
    const d = e.detail;
    switch (e.kind) {
      case 'fate': {
        // per-group order: nothing is processed while an earlier message of its group is pending
        const g = groupOf.get(e.msg);
        if (g !== undefined && d?.fate === 'processed') {
          for (const earlier of sentInGroup.get(g)!) {
            if (earlier === e.msg) break;
            expect(settled.has(earlier), `#${e.msg} of ${g} processed before #${earlier}`).toBe(
              true,
            );
          }
        }
        settled.add(e.msg);
        fateCount.set(e.msg, (fateCount.get(e.msg) ?? 0) + 1);
        break;
      }
      case 'loop.write':
        // a write-back carries one more invocation of the same event
        expect(d?.loopCount).toBe((laps.get(run.messages[e.msg]!.parent) ?? 0) + 1);
        laps.set(e.msg, d!.loopCount!);
        break;
      case 'loop.stopped':
        // Lambda stops a loop at 16 invocations of the same event, and only when told to
        expect(loopTerminates).toBe(true);
        expect(d?.loopCount).toBe(16);
        break;
      case 'queue.sent':
        queueOf.set(e.msg, d!.queue!);
        if (d?.messageGroupId !== undefined) {
          const key = `${d.queue}/${d.messageGroupId}`;
          groupOf.set(e.msg, key);
          sentInGroup.set(key, [...(sentInGroup.get(key) ?? []), e.msg]);
        }
        break;
      case 'queue.received': {
        const n = (receives.get(e.msg) ?? 0) + 1;
        receives.set(e.msg, n);
        expect(d?.receiveCount).toBe(n); // one more each receive
        expect(n).toBeLessThanOrEqual(sources.get(d!.queue!)!.maxReceives);
        break;
      }
      case 'queue.batch': {
        const src = sources.get(d!.queue!)!;
        const records = d!.records!;
        // batch sizes within limits
        expect(records.length).toBeGreaterThan(0);
        expect(records.length).toBe(d!.count);
        expect(records.length).toBeLessThanOrEqual(src.batchSize);
        if (src.fifo) expect(records.length).toBeLessThanOrEqual(10);
        expect(d!.sizeBytes).toBeLessThanOrEqual(SIX_MB);
        // per-group order: whatever was sent earlier in a group is finished or earlier in the batch
        if (src.fifo) {
          records.forEach((id, i) => {
            const g = groupOf.get(id)!;
            for (const earlier of sentInGroup.get(g)!) {
              if (earlier === id) break;
              const before = records.indexOf(earlier);
              expect(
                settled.has(earlier) || (before >= 0 && before < i),
                `#${id} of ${g} in a batch before #${earlier}`,
              ).toBe(true);
            }
          });
        }
        break;
      }
    }
  }
  run.fates.forEach((f, i) => {
    expect(f.msg).toBe(i);
    expect(fateCount.get(i) ?? 0).toBe(f.kind === 'in-flight' ? 0 : 1);
    // nothing lost: every message ends somewhere a person can name
    const batch = run.messages[i]!.workload.startsWith('esm:');
    expect((batch ? BATCH_FATES : MESSAGE_FATES).has(f.kind), `${f.kind} of #${i}`).toBe(true);
  });
  // the depth series end where the unfinished messages are
  for (const q of run.queues ?? []) {
    const lastOf = (x: { value: number[] }) => x.value.at(-1) ?? 0;
    const waiting = lastOf(q.series.visible) + lastOf(q.series.inFlight) + lastOf(q.series.delayed);
    // Messages a producer sent, and those the function wrote back (a recursive loop).
    const unfinished = run.fates.filter(
      (f) => f.kind === 'in-flight' && queueOf.get(f.msg) === q.name,
    ).length;
    if (!run.truncated) expect(waiting, q.name).toBe(unfinished);
    const cap = sources.get(q.name)!.cap;
    for (const v of q.series.batches.value) expect(v).toBeLessThanOrEqual(cap);
    if (q.fifo) {
      const groups = new Set([...groupOf.values()].filter((g) => g.startsWith(`${q.name}/`)));
      for (const v of q.series.batches.value) expect(v).toBeLessThanOrEqual(groups.size);
    }
  }
}

describe('queue pollers over random scenarios', () => {
  it(`lose nothing, keep group order and batch limits, and are deterministic (${RUNS} scenarios)`, () => {
    fc.assert(
      fc.property(queueScenarioArb, (doc) => {
        const s = parse(doc);
        const a = simulate(s, { maxEvents: 300_000 });
        check(a, s);
        const b = simulate(parse(JSON.parse(JSON.stringify(doc))), { maxEvents: 300_000 });
        expect(JSON.stringify(b.trace)).toBe(JSON.stringify(a.trace));
        expect(JSON.stringify(b.fates)).toBe(JSON.stringify(a.fates));
      }),
      { numRuns: RUNS, seed: 20260301 },
    );
    // About a minute on a quiet machine; the limit leaves room for a machine busy with other work.
  }, 300_000);

  it('stop cleanly at any `until`', () => {
    fc.assert(
      fc.property(queueScenarioArb, fc.integer({ min: 0, max: 200_000 }), (doc, until) => {
        const s = parse(doc);
        const r = simulate(s, { until });
        expect(r.trace.every((e) => e.t <= until)).toBe(true);
        check(r, s);
      }),
      { numRuns: Math.ceil(RUNS / 3), seed: 99 },
    );
  }, 120_000);
});
