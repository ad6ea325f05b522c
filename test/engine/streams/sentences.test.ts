import { describe, expect, it } from 'vitest';
import type { Run } from '../../../src/engine';
import type { StreamTraceKind } from '../../../src/engine/streams/kinds';
import { parseScenario } from '../../../src/scenario';
import { scenarioForService } from '../../../src/scenario/service-scenarios';
import { simulate } from '../../../src/engine';
import { describeEvent, fateLabel } from '../../../src/view/describe';
import { run } from '../helpers';
import { poisonFunction } from './helpers';

const ALL: readonly StreamTraceKind[] = [
  'stream.mapping-created',
  'stream.mapping-rejected',
  'stream.put',
  'stream.filtered',
  'stream.batch',
  'stream.retry',
  'stream.bisect',
  'stream.partial',
  'stream.checkpoint',
  'stream.window',
  'stream.discarded',
  'stream.destination',
  'stream.expired',
  'kafka.committed',
  'kafka.scaled',
];

function service(id: string): Run {
  const p = parseScenario(scenarioForService(id));
  if (!p.ok) throw new Error(JSON.stringify(p.errors));
  return simulate(p.scenario);
}

/** Runs that, together, produce every stream and Kafka event kind. */
const runs: Run[] = [
  service('kinesis'),
  service('dynamodb'),
  service('msk'),
  service('self-managed-kafka'),
  run({
    durationMs: 25 * 3_600_000,
    function: poisonFunction(),
    streams: [
      {
        kind: 'kinesis',
        name: 'clicks',
        producers: [
          {
            id: 'web',
            arrivals: { kind: 'single', atMs: [100, 200, 300, 70_000] },
            payloads: [{ n: 1 }, { n: 2, poison: true }, { n: 3 }, { n: 4 }],
            partitionKey: { kind: 'fixed', value: 'green' },
          },
        ],
        mapping: {
          startingPosition: 'TRIM_HORIZON',
          functionResponseTypes: ['ReportBatchItemFailures'],
          tumblingWindowInSeconds: 60,
        },
      },
    ],
  }),
  run({
    permissions: { executionRole: [] },
    streams: [{ kind: 'kinesis', name: 'locked', mapping: { startingPosition: 'LATEST' } }],
  }),
];

describe('stream and Kafka events in plain words', () => {
  it('every kind has a sentence, with no holes in it', () => {
    const seen = new Set<string>();
    for (const r of runs) {
      for (const e of r.trace) {
        if (!e.kind.startsWith('stream.') && !e.kind.startsWith('kafka.')) continue;
        seen.add(e.kind);
        const text = describeEvent(e, r);
        expect(text.length, e.kind).toBeGreaterThan(15);
        expect(text, e.kind).not.toMatch(/undefined|NaN|\[object/);
      }
    }
    expect([...seen].sort()).toEqual([...ALL].sort());
  });

  it('says what happened, with the figures', () => {
    const r = runs[4]!;
    const first = (kind: string) =>
      describeEvent(
        r.trace.find((e) => e.kind === kind)!,
        r,
      );
    expect(first('stream.mapping-created')).toBe(
      'Trigger created on Kinesis stream clicks, starting at TRIM_HORIZON',
    );
    expect(first('stream.put')).toBe(
      'web writes a record to shardId-000000000000 (partition key green, sequence number …000001)',
    );
    // A producer's label names it.
    const clicks = runs[0]!;
    expect(
      describeEvent(
        clicks.trace.find((e) => e.kind === 'stream.put')!,
        clicks,
      ),
    ).toMatch(
      /^Website clicks writes a record to shardId-00000000000[01] \(partition key key-\d+, sequence number …\d{6}\)$/,
    );
    const msk = runs[2]!;
    expect(
      describeEvent(
        msk.trace.find((e) => e.kind === 'stream.put')!,
        msk,
      ),
    ).toMatch(
      /^Checkout service writes a record to partition orders-[012] at offset 0 \(key key-\d+\)$/,
    );
    expect(first('stream.batch')).toBe(
      'Poller sends 3 records from shardId-000000000000 to the function (iterator age 700 ms)',
    );
    expect(first('stream.partial')).toBe(
      'Function reports 1 failed record: checkpoint before the lowest, 2 records go again',
    );
    expect(first('stream.retry')).toBe(
      'Failed records: retry 1 in 1 s, with no limit — the shard waits behind it',
    );
    expect(first('stream.expired')).toBe(
      'Record left the stream after 24 h (retention) without being processed',
    );
    expect(
      describeEvent(
        runs[5]!.trace.find((e) => e.kind === 'stream.mapping-rejected')!,
        runs[5]!,
      ),
    ).toBe(
      'CreateEventSourceMapping refused (InvalidParameterValueException): Cannot access stream arn:aws:kinesis:us-east-1:123456789012:stream/locked. Please ensure the role can perform the GetRecords, GetShardIterator, DescribeStream, and ListStreams Actions on your stream.',
    );
  });

  it('labels the stream fates', () => {
    expect(fateLabel('checkpointed')).toBe('processed: the checkpoint moved past it');
    expect(fateLabel('filtered-out')).toBe('matched no filter: skipped, never sent');
    expect(fateLabel('bisected')).toBe('split in two after a function error');
  });
});
