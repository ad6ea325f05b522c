import { describe, expect, it } from 'vitest';
import { simulate, type Run } from '../../src/engine';
import { serviceById } from '../../src/catalog/services';
import { parseScenario } from '../../src/scenario';
import { scenarioForService } from '../../src/scenario/service-scenarios';

function runService(id: string): Run {
  const doc = scenarioForService(id);
  expect(doc, id).toBeDefined();
  const parsed = parseScenario(doc);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return simulate(parsed.scenario);
}

const count = (r: Run, kind: string) => r.trace.filter((e) => e.kind === kind).length;

describe('"Run it" scenarios for streams and Kafka', () => {
  it.each(['kinesis', 'dynamodb', 'msk', 'self-managed-kafka'])(
    '%s: a short, named scenario that runs',
    (id) => {
      expect(serviceById(id)).toBeDefined();
      const doc = scenarioForService(id)!;
      expect(doc.name!.length).toBeGreaterThan(10);
      expect(doc.description!.length).toBeGreaterThan(150);
      expect(doc.durationMs!).toBeLessThanOrEqual(10 * 60_000);
      const r = runService(id);
      expect(r.truncated).toBe(false);
      expect(count(r, 'stream.batch')).toBeGreaterThan(0);
      expect(r.fates.some((f) => f.kind === 'checkpointed')).toBe(true);
    },
  );

  it('kinesis: the bad record is bisected out and reported; the shards carry on', () => {
    const r = runService('kinesis');
    expect(count(r, 'stream.bisect')).toBeGreaterThan(0);
    const dest = r.trace.filter((e) => e.kind === 'stream.destination');
    expect(dest).toHaveLength(1);
    expect(dest[0]!.detail!.failureRecord!.KinesisBatchInfo!.batchSize).toBe(1);
    expect(r.fates.filter((f) => f.kind === 'in-flight')).toHaveLength(0);
  });

  it('dynamodb: changes other than SHIPPED are filtered out', () => {
    const r = runService('dynamodb');
    expect(r.fates.filter((f) => f.kind === 'filtered-out').length).toBeGreaterThan(
      r.fates.filter((f) => f.kind === 'checkpointed').length,
    );
    expect(r.trace.filter((e) => e.kind === 'stream.batch').every((e) => e.t % 250 === 0)).toBe(
      true,
    );
  });

  it('msk: consumers grow to one per partition, then shrink', () => {
    const r = runService('msk');
    const consumers = r.streams!.sources[0]!.consumers!;
    expect(Math.max(...consumers.value)).toBe(3);
    expect(consumers.value[consumers.value.length - 1]).toBe(1);
  });

  it('self-managed-kafka: the bad payment goes to the dead-letter topic', () => {
    const r = runService('self-managed-kafka');
    const dest = r.trace.filter((e) => e.kind === 'stream.destination');
    expect(
      dest.map((e) => [e.detail!.targetType, e.detail!.target, e.detail!.records!.length]),
    ).toEqual([['kafka', 'charges-dlt', 1]]);
  });
});
