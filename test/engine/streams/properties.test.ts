import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulate, type Run } from '../../../src/engine';
import { parseScenario, type Scenario } from '../../../src/scenario';
import { streamScenarioArb } from './arbitraries';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);
const MAX_BATCH_BYTES = 6 * 1024 * 1024;

function parse(doc: unknown): Scenario {
  const r = parseScenario(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.scenario;
}

/** Where each record lives: its source, shard or partition, sequence (as a number) and key. */
interface Placed {
  source: string;
  unit: string;
  seq: number;
  key: string;
}

const RECORD_FATES = new Set([
  'checkpointed',
  'filtered-out',
  'expired',
  'destination',
  'dropped',
  'in-flight',
]);

function checkRun(r: Run, s: Scenario): void {
  // One fate per message, time never goes back, nothing happens to a message after its fate.
  expect(r.fates).toHaveLength(r.messages.length);
  const settled = new Set<number>();
  let last = -Infinity;
  for (const e of r.trace) {
    expect(e.t).toBeGreaterThanOrEqual(last);
    last = e.t;
    if (e.msg < 0) continue;
    expect(settled.has(e.msg), `${e.kind} of #${e.msg} after its fate`).toBe(false);
    if (e.kind === 'fate') settled.add(e.msg);
  }
  for (const f of r.fates) expect(settled.has(f.msg)).toBe(f.kind !== 'in-flight');

  const placed = new Map<number, Placed>();
  for (const e of r.trace) {
    if (e.kind !== 'stream.put') continue;
    const d = e.detail!;
    placed.set(e.msg, {
      source: d.streamName!,
      unit: d.unit!,
      seq: Number(d.sequenceNumber!.slice(-15)),
      key: d.partitionKey!,
    });
  }

  // Nothing lost: every record ends processed, filtered, expired, at a destination, dropped by
  // a give-up, or is still in its source.
  for (const id of placed.keys())
    expect(RECORD_FATES.has(r.fates[id]!.kind), `record #${id}`).toBe(true);

  // A processed record was in a batch that succeeded (a partial response counts for those before
  // the first failure; the batch message itself is "succeeded").
  const batchesOf = new Map<number, number[]>();
  for (const e of r.trace) {
    if (e.kind !== 'stream.batch') continue;
    for (const id of e.detail!.records ?? [])
      (batchesOf.get(id) ?? batchesOf.set(id, []).get(id)!).push(e.msg);
  }
  for (const [id] of placed) {
    if (r.fates[id]!.kind !== 'checkpointed') continue;
    const bs = batchesOf.get(id) ?? [];
    expect(
      bs.some((b) => r.fates[b]!.kind === 'succeeded'),
      `record #${id} processed without a good batch`,
    ).toBe(true);
  }

  // Order: within a shard (per partition key when ParallelizationFactor > 1) or a Kafka
  // partition, records first reach the function in sequence order, and are processed in order.
  const factor = new Map<string, number>();
  for (const st of s.streams ?? []) factor.set(st.name, st.mapping.parallelizationFactor);
  const laneOf = (p: Placed) =>
    (factor.get(p.source) ?? 1) > 1 ? `${p.source}|${p.unit}|${p.key}` : `${p.source}|${p.unit}`;
  const firstSeen = new Set<number>();
  const lastSent = new Map<string, number>();
  const lastDone = new Map<string, number>();
  for (const e of r.trace) {
    if (e.kind === 'stream.batch') {
      for (const id of e.detail!.records ?? []) {
        if (firstSeen.has(id)) continue;
        firstSeen.add(id);
        const p = placed.get(id)!;
        const lane = laneOf(p);
        expect(p.seq, `record #${id} sent out of order`).toBeGreaterThan(lastSent.get(lane) ?? -1);
        lastSent.set(lane, p.seq);
      }
    } else if (e.kind === 'fate' && placed.has(e.msg) && e.detail?.fate === 'checkpointed') {
      const p = placed.get(e.msg)!;
      const lane = laneOf(p);
      expect(p.seq, `record #${e.msg} processed out of order`).toBeGreaterThan(
        lastDone.get(lane) ?? -1,
      );
      lastDone.set(lane, p.seq);
    }
  }

  // Batch sizes within the mapping's limits (and 6 MB).
  const limit = new Map<string, number>();
  for (const st of s.streams ?? []) limit.set(st.name, st.mapping.batchSize);
  for (const k of s.kafka ?? []) limit.set(`${k.cluster}/${k.topic}`, k.mapping.batchSize);
  for (const e of r.trace) {
    if (e.kind !== 'stream.batch') continue;
    const d = e.detail!;
    expect(d.batchSize).toBe(d.records!.length);
    expect(d.batchSize!).toBeLessThanOrEqual(limit.get(d.streamName!)!);
    const bytes = JSON.stringify(r.messages[e.msg]!.payload).length;
    expect(bytes).toBeLessThanOrEqual(MAX_BATCH_BYTES);
  }

  // One batch at a time per shard (per slot: at most ParallelizationFactor) and per partition.
  const unitsOfBatch = new Map<number, string[]>();
  for (const e of r.trace) {
    if (e.kind === 'stream.batch' && !unitsOfBatch.has(e.msg)) {
      const units = new Set(
        (e.detail!.records ?? []).map((id) => `${placed.get(id)!.source}|${placed.get(id)!.unit}`),
      );
      unitsOfBatch.set(e.msg, [...units]);
    }
  }
  const busy = new Map<string, number>();
  for (const e of r.trace) {
    const units = unitsOfBatch.get(e.msg);
    if (units === undefined) continue;
    if (e.kind === 'invoke.start') {
      for (const u of units) {
        busy.set(u, (busy.get(u) ?? 0) + 1);
        const source = u.split('|')[0]!;
        expect(busy.get(u)!, `${u} runs too many batches`).toBeLessThanOrEqual(
          factor.get(source) ?? 1,
        );
      }
    } else if (e.kind === 'invoke.end') for (const u of units) busy.set(u, busy.get(u)! - 1);
  }

  // Never more Kafka consumers than partitions.
  for (const src of r.streams?.sources ?? []) {
    if (src.family !== 'kafka') continue;
    for (const v of src.consumers!.value) expect(v).toBeLessThanOrEqual(src.units.length);
  }
}

describe('stream and Kafka mappings over random scenarios', () => {
  it(`lose nothing, keep order, respect batch limits, and are deterministic (${RUNS} scenarios)`, () => {
    fc.assert(
      fc.property(streamScenarioArb, (doc) => {
        const s = parse(doc);
        const a = simulate(s, { maxEvents: 300_000 });
        checkRun(a, s);
        const b = simulate(parse(JSON.parse(JSON.stringify(doc))), { maxEvents: 300_000 });
        expect(JSON.stringify(b.trace)).toBe(JSON.stringify(a.trace));
        expect(JSON.stringify(b.fates)).toBe(JSON.stringify(a.fates));
      }),
      { numRuns: RUNS, seed: 20261124 },
    );
  }, 240_000);

  it('stop at `until` with everything still consistent', () => {
    fc.assert(
      fc.property(streamScenarioArb, fc.integer({ min: 0, max: 120_000 }), (doc, until) => {
        const s = parse(doc);
        const r = simulate(s, { until });
        expect(r.trace.every((e) => e.t <= until)).toBe(true);
        checkRun(r, s);
      }),
      { numRuns: 100, seed: 11 },
    );
  }, 120_000);
});
