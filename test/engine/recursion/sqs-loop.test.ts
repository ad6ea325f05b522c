import { describe, expect, it } from 'vitest';
import { kind, run } from '../queues/helpers';

/** One message; the function writes every message it processes back to the queue. */
function loop(fn: object = {}, queue: object = {}, durationMs = 60_000) {
  return run({
    durationMs,
    function: {
      writesBackToSource: true,
      behaviour: { duration: { kind: 'fixed', ms: 100 } },
      ...fn,
    },
    queues: [
      {
        name: 'jobs',
        producers: [{ id: 'p', arrivals: { kind: 'single', atMs: [0] } }],
        mapping: { batchSize: 1 },
        ...queue,
      },
    ],
  });
}

describe('recursive loops through SQS', () => {
  it('stops the same event after 16 invocations and moves it to the queue’s DLQ', () => {
    const r = loop({}, { redrivePolicy: { deadLetterQueue: 'jobs-dlq', maxReceiveCount: 5 } });
    // A cold start (Init 150 ms) at 0, then a warm 100 ms invocation after each write.
    expect(kind(r, 'invoke.start').map((e) => e.t)).toEqual(
      Array.from({ length: 16 }, (_, i) => 250 + i * 100),
    );
    expect(kind(r, 'loop.write').map((e) => [e.t, e.rule, e.detail?.loopCount])).toEqual(
      Array.from({ length: 16 }, (_, i) => [350 + i * 100, 'recursion.write-back', i + 1]),
    );
    const written = kind(r, 'loop.write').map((e) => e.msg);
    expect(kind(r, 'loop.stopped')).toMatchObject([
      {
        t: 1_850,
        msg: written[15],
        rule: 'recursion.sqs-sns',
        to: 'dlq:sqs:jobs-dlq',
        detail: { loopCount: 16, deadLetterQueue: 'jobs-dlq' },
      },
    ]);
    expect(r.stats.invocations).toBe(16);
    expect(r.fates[written[15]!]).toMatchObject({
      kind: 'redriven',
      rule: 'recursion.sqs-sns',
      t: 1_850,
      deliveredTo: ['dlq:sqs:jobs-dlq'],
    });
    // The original and the 15 messages before the last were processed and deleted.
    const queueFates = r.fates.filter((f) => !r.messages[f.msg]!.workload.startsWith('esm:'));
    expect(queueFates.map((f) => f.kind)).toEqual([...Array(16).fill('processed'), 'redriven']);
  });

  it('drops the message when the queue has no dead-letter queue', () => {
    const r = loop();
    expect(kind(r, 'loop.stopped')).toMatchObject([
      { t: 1_850, to: 'lambda', detail: { loopCount: 16 } },
    ]);
    expect(r.fates.at(-1)).toMatchObject({ kind: 'dropped', rule: 'recursion.sqs-sns' });
  });

  it('lets the loop run to the end of the scenario with RecursiveLoop: Allow', () => {
    const r = loop({ recursiveLoop: 'Allow' });
    expect(kind(r, 'loop.stopped')).toEqual([]);
    // 60 s: a cold start, then one warm invocation every 100 ms.
    expect(r.stats.invocations).toBe(598);
    const writes = kind(r, 'loop.write');
    expect(writes.filter((e) => e.rule === 'recursion.write-back')).toHaveLength(15);
    expect(writes.find((e) => e.rule === 'recursion.allow')).toMatchObject({
      t: 1_850,
      detail: { loopCount: 16 },
    });
  });

  it('follows one event round an allowed loop at most 1,000 times (the simulator’s cap)', () => {
    const r = loop({ recursiveLoop: 'Allow' }, {}, 600_000);
    expect(r.stats.invocations).toBe(1_000);
    expect(kind(r, 'loop.write').at(-1)).toMatchObject({
      t: 100_150,
      rule: 'recursion.allow',
      detail: { loopCount: 999 },
    });
  });

  it('writes nothing back when an invocation fails', () => {
    const r = loop({ behaviour: { duration: { kind: 'fixed', ms: 100 }, errorRate: 1 } });
    expect(kind(r, 'loop.write')).toEqual([]);
  });
});
