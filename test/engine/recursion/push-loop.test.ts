import { describe, expect, it } from 'vitest';
import { events, run } from '../helpers';
import { from } from '../push/helpers';

/** One event from an SNS topic or S3 bucket; the function writes each event back to it. */
function loop(source: Parameters<typeof from>[0], fn: object = {}) {
  return run({
    durationMs: 60_000,
    function: {
      writesBackToSource: true,
      behaviour: { duration: { kind: 'fixed', ms: 100 } },
      ...fn,
    },
    workloads: [{ ...from(source, [0], 'src'), invocationType: 'Event' as const }],
  });
}

describe('recursive loops through SNS and S3', () => {
  it('SNS: stops the 17th invocation and sends the event to the function’s DLQ', () => {
    const r = loop({ service: 'sns' }, { deadLetterQueue: { type: 'sqs', name: 'loop-dlq' } });
    // Each round: 100 ms in Lambda's async queue, then 100 ms of work (the first after a cold
    // start); SNS hands the written event straight back.
    expect(events(r, 'invoke.start').map((e) => e.t)).toEqual(
      Array.from({ length: 16 }, (_, i) => 350 + i * 200),
    );
    expect(events(r, 'loop.write').map((e) => [e.t, e.rule, e.detail?.loopCount])).toEqual(
      Array.from({ length: 16 }, (_, i) => [450 + i * 200, 'recursion.write-back', i + 1]),
    );
    const stopped = events(r, 'loop.stopped');
    expect(stopped).toMatchObject([
      { t: 3_550, rule: 'recursion.sqs-sns', detail: { service: 'sns', loopCount: 16 } },
    ]);
    expect(events(r, 'dlq.sent')).toMatchObject([
      { t: 3_550, msg: stopped[0]!.msg, detail: { target: 'loop-dlq' } },
    ]);
    expect(r.fates[stopped[0]!.msg]).toMatchObject({
      kind: 'dlq',
      rule: 'recursion.sqs-sns',
      deliveredTo: ['dlq:sqs:loop-dlq'],
    });
    expect(r.stats.invocations).toBe(16);
  });

  it('S3: stops the loop under its own rule and drops the event with nowhere to send it', () => {
    const r = loop({ service: 's3', deliveryDelayMs: { minMs: 1_000, maxMs: 1_000 } });
    // Each round: S3's 1 s delivery delay, 100 ms in the async queue, 100 ms of work.
    expect(events(r, 'invoke.start').map((e) => e.t)).toEqual(
      Array.from({ length: 16 }, (_, i) => 1_350 + i * 1_200),
    );
    expect(events(r, 'loop.stopped')).toMatchObject([
      { t: 20_550, rule: 'recursion.s3', detail: { service: 's3', loopCount: 16 } },
    ]);
    expect(r.fates.at(-1)).toMatchObject({ kind: 'dropped', rule: 'recursion.s3', t: 20_550 });
  });

  it('runs on with RecursiveLoop: Allow until the scenario ends', () => {
    const r = loop({ service: 'sns' }, { recursiveLoop: 'Allow' });
    expect(events(r, 'loop.stopped')).toEqual([]);
    // One round every 200 ms from 350 ms to the end at 60 s.
    expect(r.stats.invocations).toBe(299);
  });
});
