import { describe, expect, it } from 'vitest';
import { putEventsEntrySize } from '../../../src/engine/eventbridge/entry-size';
import { events, run } from '../helpers';

describe('PutEvents entry size, counted the AWS way', () => {
  it('counts Source, DetailType, Detail and each resource in UTF-8 bytes', () => {
    expect(
      putEventsEntrySize({
        source: 'com.example.orders', // 18
        detailType: 'OrderPlaced', // 11
        detail: '{"amount":250}', // 14
        resources: ['arn:aws:s3:::b', 'é'], // 14 + 2
        time: false,
      }),
    ).toBe(59);
  });

  it('adds exactly 14 bytes when the entry sets Time', () => {
    const entry = { source: 'a', detailType: 'b', detail: '{}', resources: [] };
    expect(putEventsEntrySize({ ...entry, time: false })).toBe(4);
    expect(putEventsEntrySize({ ...entry, time: true })).toBe(18);
  });

  it('counts 4 bytes for a character outside the basic plane and 3 for "€"', () => {
    expect(
      putEventsEntrySize({ source: '😀', detailType: '€', detail: '', resources: [], time: false }),
    ).toBe(7);
  });

  /** One producer on the default bus whose detail text is exactly `detailBytes` long. */
  const atSize = (detailBytes: number, entryLimitKb: 256 | 1024, includeTime = false) => {
    // {"x":"…"} is 8 bytes around the string.
    const detail = { x: 'y'.repeat(detailBytes - 8) };
    return run({
      eventbridge: {
        entryLimitKb,
        rules: [
          {
            name: 'all',
            eventPattern: { source: ['s'] },
            targets: [{ id: 'q', type: 'sqs', name: 'q' }],
          },
        ],
        producers: [
          {
            id: 'p',
            arrivals: { kind: 'single', atMs: [0] },
            source: 's',
            detailType: 'd',
            detail,
            includeTime,
          },
        ],
      },
    });
  };

  it('accepts an entry of exactly 1 MB (1,048,576 bytes) and refuses one byte more', () => {
    // source 1 + detail-type 1 + detail 1,048,574 = 1,048,576 bytes
    const exact = atSize(1_048_574, 1024);
    expect(events(exact, 'eb.put')[0]?.detail?.sizeBytes).toBe(1_048_576);
    expect(exact.fates.map((f) => f.kind)).toEqual(['routed', 'delivered']);
    const over = atSize(1_048_575, 1024);
    expect(over.fates.map((f) => f.kind)).toEqual(['rejected']);
    expect(events(over, 'eb.rejected')[0]?.detail).toMatchObject({
      sizeBytes: 1_048_577,
      limitBytes: 1_048_576,
    });
  });

  it('the envelope EventBridge adds does not count: 262,144 entry bytes pass the old 256 KB limit', () => {
    const r = atSize(262_142, 256);
    expect(events(r, 'eb.put')[0]?.detail?.sizeBytes).toBe(262_144);
    expect(r.fates.map((f) => f.kind)).toEqual(['routed', 'delivered']);
  });

  it('the 14 bytes of Time tip an entry at the limit over it', () => {
    const r = atSize(262_142, 256, true);
    expect(events(r, 'eb.rejected')[0]?.detail?.sizeBytes).toBe(262_158);
    expect(r.fates.map((f) => f.kind)).toEqual(['rejected']);
  });
});
