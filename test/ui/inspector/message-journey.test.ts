import { describe, expect, it } from 'vitest';
import type { MessageInfo, TraceEvent } from '../../../src/engine';
import { batchRecords, payloadText, stepAt } from '../../../src/ui/inspector/message-journey';
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
