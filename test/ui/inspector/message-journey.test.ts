import { describe, expect, it } from 'vitest';
import type { MessageInfo, TraceEvent } from '../../../src/engine';
import {
  batchRecords,
  destinationDeliveries,
  payloadText,
  stepAt,
} from '../../../src/ui/inspector/message-journey';
import { run } from '../../engine/helpers';
import { pollerName } from '../../../src/ui/inspector/message-origin';

const at = (t: number) => ({ t }) as TraceEvent;

describe('message journey helpers', () => {
  it('finds the last event at or before the playhead', () => {
    const events = [at(0), at(100), at(100), at(500)];
    expect(stepAt(events, -1)).toBe(-1);
    expect(stepAt(events, 0)).toBe(0);
    expect(stepAt(events, 99)).toBe(0);
    expect(stepAt(events, 100)).toBe(2);
    expect(stepAt(events, 10_000)).toBe(3);
  });

  it('decodes a Kinesis record’s data and names it by sequence number', () => {
    const info = {
      id: 3,
      path: 'poll',
      records: null,
      payload: {
        Records: [{ kinesis: { sequenceNumber: '4900', data: btoa('{"page":"/cart"}') } }],
      },
    } as unknown as MessageInfo;
    expect(batchRecords(info)).toEqual([{ id: '4900', body: '{"page":"/cart"}' }]);
    expect(batchRecords({ ...info, path: 'async' })).toEqual([]);
  });

  it('prints payloads as JSON text and names pollers in words', () => {
    expect(payloadText({ a: [1] })).toBe('{\n  "a": [\n    1\n  ]\n}');
    expect(payloadText('<b>plain</b>')).toBe('<b>plain</b>');
    expect(pollerName('esm:sqs:orders')).toBe('the SQS poller of queue orders');
    expect(pollerName('esm:clickstream')).toBe('the poller of clickstream');
    expect(pollerName('producer:orders/checkout')).toBe('producer checkout of orders');
    expect(pollerName('api')).toBeUndefined();
  });
});

describe('what a batch’s on-failure destination received', () => {
  const giveUp = (type: 'sqs' | 's3') =>
    run({
      durationMs: 10_000,
      function: { behaviour: { errorRate: 1 } },
      streams: [
        {
          kind: 'kinesis',
          name: 'clicks',
          producers: [{ id: 'web', arrivals: { kind: 'single', atMs: [100] } }],
          mapping: {
            startingPosition: 'TRIM_HORIZON',
            maximumRetryAttempts: 0,
            destinationConfig: { onFailure: { type, name: 'failed' } },
          },
        },
      ],
    });
  const batchOf = (r: ReturnType<typeof run>) =>
    r.trace.find((e) => e.kind === 'stream.destination')!.msg;

  it('S3: the records themselves, with where they are', () => {
    const r = giveUp('s3');
    const [d] = destinationDeliveries(r, batchOf(r));
    expect([d!.where, d!.what]).toEqual([
      'S3 bucket failed',
      'the whole invocation record: the records themselves, with where they are',
    ]);
    expect(d!.text).toContain('"payload": {');
    expect(d!.text).toContain('"KinesisBatchInfo": {');
  });

  it('SQS: metadata only', () => {
    const r = giveUp('sqs');
    const [d] = destinationDeliveries(r, batchOf(r));
    expect([d!.where, d!.what]).toEqual([
      'SQS queue failed',
      'metadata only: where the records are, not the records',
    ]);
    expect(d!.text).not.toContain('"payload"');
    expect(destinationDeliveries(r, 0)).toEqual([]);
  });
});
