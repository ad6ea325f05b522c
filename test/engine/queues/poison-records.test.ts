import { describe, expect, it } from 'vitest';
import type { Run } from '../../../src/engine';
import { base64 } from '../../../src/catalog/services/sample';
import { failsOnBad, kind, run } from './helpers';

/**
 * The seam between a batch and the function's `errorWhen`: a batch invocation carries the bodies
 * its handler walks (`records`), and its payload stays the event AWS sends, nothing else.
 */

/** The n-th batch's invocation message. */
const batchMsg = (r: Run, n: number) => r.messages[kind(r, 'queue.batch')[n]!.msg]!;
/** Its payload as JSON shows (and exports) it. */
const shown = (r: Run, n: number) =>
  JSON.parse(JSON.stringify(batchMsg(r, n).payload)) as Record<string, unknown>;

/** A published version's settings besides its behaviour. */
const version = (n: number) => ({
  version: n,
  runtime: 'nodejs' as const,
  packageType: 'zip' as const,
  memoryMb: 256,
  timeoutSeconds: 3,
});

/** Two good orders and a poison one, sent together at 0 to a standard queue. */
function orders(mapping: Record<string, unknown> = {}) {
  return {
    name: 'orders',
    producers: [
      { id: 'good', arrivals: { kind: 'burst' as const, atMs: 0, count: 2 }, body: { bad: false } },
      { id: 'poison', arrivals: { kind: 'single' as const, atMs: [0] }, body: { bad: true } },
    ],
    mapping,
  };
}

describe('SQS without ReportBatchItemFailures: a poison record fails the batch', () => {
  const r = run({ durationMs: 10_000, function: failsOnBad(), queues: [orders()] });

  it('carries the three bodies its handler walks, in the batch’s order', () => {
    expect(batchMsg(r, 0).records).toEqual([{ bad: false }, { bad: false }, { bad: true }]);
  });

  it('fails with the poison record’s error after the cold start and the 100 ms handler', () => {
    expect(
      kind(r, 'invoke.end').map((e) => [e.t, e.detail?.outcome, e.detail?.errorMessage]),
    ).toEqual([[350, 'error', 'Cannot process event: bad is true']]);
    expect(kind(r, 'queue.batch-failed').map((e) => [e.t, e.detail?.count])).toEqual([[350, 3]]);
  });

  it('shows the SQS event as the payload: Records with every body as text, and nothing more', () => {
    const event = shown(r, 0);
    expect(Object.keys(event)).toEqual(['Records']);
    const records = event.Records as Array<Record<string, unknown>>;
    expect(records.map((x) => x.body)).toEqual(['{"bad":false}', '{"bad":false}', '{"bad":true}']);
    expect(records.every((x) => x.eventSource === 'aws:sqs')).toBe(true);
  });
});

describe('SQS with ReportBatchItemFailures: the handler reports instead of throwing', () => {
  const r = run({
    durationMs: 10_000,
    function: failsOnBad(),
    queues: [orders({ functionResponseTypes: ['ReportBatchItemFailures'] })],
  });

  it('carries no records for the invocation to fail on, and the same event', () => {
    expect(batchMsg(r, 0).records).toBeNull();
    expect((shown(r, 0).Records as unknown[]).length).toBe(3);
  });

  it('succeeds at 350 and reports the poison message (the third record) alone', () => {
    const ids = kind(r, 'queue.batch')[0]!.detail!.records!;
    expect(kind(r, 'invoke.end').map((e) => [e.t, e.detail?.outcome])).toEqual([[350, 'success']]);
    expect(
      kind(r, 'queue.partial-failure').map((e) => [e.t, e.detail?.failedRecords, e.detail?.count]),
    ).toEqual([[350, [ids[2]], 2]]);
  });
});

describe('Amazon MQ: a poison message fails the batch; the event stays the broker’s', () => {
  const r = run({
    durationMs: 10_000,
    function: failsOnBad(),
    brokers: [
      {
        name: 'inventory',
        queue: 'updates',
        producers: [
          { id: 'erp', arrivals: { kind: 'single', atMs: [0] }, body: { sku: 'A-1', bad: true } },
        ],
        mapping: {},
      },
    ],
  });

  it('fails at 850: the 500 ms default window, 250 ms cold start, 100 ms handler', () => {
    expect(batchMsg(r, 0).records).toEqual([{ sku: 'A-1', bad: true }]);
    expect(
      kind(r, 'invoke.end')
        .slice(0, 1)
        .map((e) => [e.t, e.detail?.outcome, e.detail?.errorMessage]),
    ).toEqual([[850, 'error', 'Cannot process event: bad is true']]);
  });

  it('shows the ActiveMQ event, the body base64 under data', () => {
    const event = shown(r, 0);
    expect(Object.keys(event)).toEqual(['eventSource', 'eventSourceArn', 'messages']);
    expect(event.eventSource).toBe('aws:mq');
    const [message] = event.messages as Array<Record<string, unknown>>;
    expect(message!.data).toBe(base64('{"sku":"A-1","bad":true}'));
  });
});

describe('an alias whose versions disagree: the version that runs reads the records', () => {
  // Alias "live": version 1 (no predicates) with all traffic shifted to version 2 (poison-aware).
  const r = run({
    durationMs: 10_000,
    function: {
      runtime: 'nodejs',
      behaviour: { duration: { kind: 'fixed', ms: 100 } },
      versions: [
        { ...version(1), behaviour: { duration: { kind: 'fixed', ms: 100 } } },
        { ...version(2), behaviour: failsOnBad().behaviour },
      ],
      aliases: [{ name: 'live', version: 1, routing: { version: 2, weight: 1 } }],
    },
    queues: [orders({ qualifier: 'live' })],
  });

  it('fails on version 2, which has the predicate, with the poison record’s error', () => {
    expect(
      kind(r, 'invoke.end').map((e) => [e.t, e.version, e.detail?.outcome, e.detail?.errorMessage]),
    ).toEqual([[350, '2', 'error', 'Cannot process event: bad is true']]);
  });
});
