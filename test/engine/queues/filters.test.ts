import { describe, expect, it } from 'vitest';
import { batchFates, kind, messageFates, run, tally } from './helpers';

const producers = [
  {
    id: 'orders',
    arrivals: { kind: 'burst' as const, atMs: 0, count: 6 },
    body: { type: 'order', amount: 120 },
  },
  { id: 'pings', arrivals: { kind: 'burst' as const, atMs: 0, count: 4 }, body: { type: 'ping' } },
  { id: 'text', arrivals: { kind: 'single' as const, atMs: [0] }, body: 'plain text, not JSON' },
];

describe('filtering on an SQS mapping', () => {
  const r = run({
    durationMs: 60_000,
    queues: [
      {
        name: 'orders',
        producers,
        mapping: {
          batchSize: 20,
          maximumBatchingWindowInSeconds: 1,
          filterCriteria: {
            filters: [
              { pattern: { body: { type: ['order'], amount: [{ numeric: ['>', 100] }] } } },
              { pattern: '{"body":{"type":["refund"]}}' },
            ],
          },
        },
      },
    ],
  });

  it('deletes unmatched messages (a text body never matches a JSON pattern) without invoking', () => {
    expect(tally(messageFates(r))).toEqual({ processed: 6, filtered: 5 });
    const filtered = kind(r, 'queue.filtered');
    expect(filtered.map((e) => [e.t, e.rule])).toEqual(Array(5).fill([0, 'esm.filter-sqs']));
    expect(
      messageFates(r)
        .filter((f) => f.kind === 'filtered')
        .every((f) => f.rule === 'esm.filter-sqs'),
    ).toBe(true);
  });

  it('invokes once with the 6 matching messages only', () => {
    expect(kind(r, 'queue.batch').map((e) => [e.t, e.detail?.count, e.detail?.closedBy])).toEqual([
      [1_000, 6, 'window'],
    ]);
    expect(kind(r, 'invoke.start')).toHaveLength(1);
    expect(tally(batchFates(r))).toEqual({ 'batch-succeeded': 1 });
    expect(kind(r, 'queue.mapping-created')[0]!.detail?.filterCount).toBe(2);
  });
});

describe('filtering on an Amazon MQ mapping', () => {
  const r = run({
    durationMs: 60_000,
    brokers: [
      {
        name: 'inventory',
        queue: 'updates',
        producers,
        mapping: { filterCriteria: { filters: [{ pattern: { data: { type: ['ping'] } } }] } },
      },
    ],
  });

  it('acknowledges unmatched messages to the broker without invoking', () => {
    expect(tally(messageFates(r))).toEqual({ processed: 4, filtered: 7 });
    expect(kind(r, 'queue.filtered').every((e) => e.rule === 'esm.filter-mq')).toBe(true);
    expect(kind(r, 'queue.batch').map((e) => [e.t, e.detail?.count])).toEqual([[500, 4]]);
  });
});

describe('filters see the record, not only the body', () => {
  it('can match on metadata such as the receive count', () => {
    const r = run({
      durationMs: 100_000,
      function: { behaviour: { errorRate: 1 } },
      queues: [
        {
          name: 'q',
          producers: [{ id: 'p', arrivals: { kind: 'single', atMs: [0] } }],
          mapping: {
            filterCriteria: {
              filters: [{ pattern: { attributes: { ApproximateReceiveCount: ['1'] } } }],
            },
          },
        },
      ],
    });
    // The first receive passes and fails; the second receive no longer matches: deleted.
    expect(messageFates(r).map((f) => [f.kind, f.t, f.attempts])).toEqual([
      ['filtered', 30_000, 2],
    ]);
  });
});
