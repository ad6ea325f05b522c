import { describe, expect, it } from 'vitest';
import {
  simulate,
  type FateKind,
  type Run,
  type TraceEvent,
  type TraceKind,
} from '../../src/engine';
import { parseScenario } from '../../src/scenario';
import { presetById, presets } from '../../src/scenario/presets';

/**
 * Every built-in preset teaches one lesson, and its summary promises what the learner will see and
 * when. Each test below runs the preset through the engine and checks that promise with exact
 * values: times in ms, counts, versions and fates.
 */

const runs = new Map<string, Run>();

function run(id: string): Run {
  const cached = runs.get(id);
  if (cached) return cached;
  const preset = presetById(id);
  if (preset === undefined) throw new Error(`no preset "${id}"`);
  const parsed = parseScenario(preset.scenario);
  if (!parsed.ok) throw new Error(`${id}: ${JSON.stringify(parsed.errors)}`);
  const r = simulate(parsed.scenario);
  runs.set(id, r);
  return r;
}

function events(r: Run, kind: TraceKind, where: (e: TraceEvent) => boolean = () => true) {
  return r.trace.filter((e) => e.kind === kind && where(e));
}

const times = (es: readonly TraceEvent[]) => es.map((e) => e.t);

/** How many messages ended with each fate. */
function fateCounts(r: Run): Partial<Record<FateKind, number>> {
  const counts: Partial<Record<FateKind, number>> = {};
  for (const f of r.fates) counts[f.kind] = (counts[f.kind] ?? 0) + 1;
  return counts;
}

/** The messages a workload or producer made, in order ("producer:<queue>/<id>" for queues). */
const messagesOf = (r: Run, workload: string) =>
  r.messages.filter((m) => m.workload === workload).map((m) => m.id);

const fatesOf = (r: Run, msgs: readonly number[]) => msgs.map((m) => r.fates[m]!.kind);

/** The lesson of each preset, checked on its run. */
const LESSONS: Record<string, (r: Run) => void> = {
  'payload-limits': (r) => {
    // Two requests refused at the door with 413, each under its own limit …
    expect(
      events(r, 'invoke.too-large').map((e) => [
        e.t,
        e.from,
        e.rule,
        e.detail?.sizeBytes,
        e.detail?.limitBytes,
      ]),
    ).toEqual([
      [1_000, 'upload-api', 'invoke.payload-limit-sync', 7_340_032, 6_291_456],
      [3_000, 'legacy-client', 'invoke.payload-limit-invokeasync', 524_288, 262_144],
    ]);
    // … the same 512 KB through Invoke is accepted and runs …
    expect(times(events(r, 'async.accepted'))).toEqual([2_000]);
    // … and a 7 MB response fails the synchronous report call.
    const [res] = events(r, 'sync.response');
    expect([res!.t, res!.rule, res!.detail?.errorType]).toEqual([
      4_400,
      'invoke.response-limit',
      'Function.ResponseSizeTooLarge',
    ]);
    expect(r.fates.map((f) => [f.t, f.kind, f.attempts])).toEqual([
      [1_000, 'too-large', 0],
      [2_750, 'succeeded', 1],
      [3_000, 'too-large', 0],
      [4_400, 'function-error', 1],
    ]);
    expect(r.stats.invocations).toBe(2);
  },
  'api-gateway-throttle': (r) => {
    // Lambda throttles five of six calls the same way (429) …
    expect(events(r, 'throttled').map((e) => [e.t, e.from, e.detail?.statusCode])).toEqual([
      [0, 'sdk', 429],
      [0, 'sdk', 429],
      [5_000, 'api', 429],
      [5_000, 'api', 429],
    ]);
    // … but the SDK caller sees 429, and API Gateway's client sees 500.
    expect(events(r, 'sync.response').map((e) => [e.t, e.detail?.statusCode])).toEqual([
      [0, 429],
      [0, 429],
      [1_250, 200],
    ]);
    expect(events(r, 'source.response').map((e) => [e.t, e.detail?.statusCode])).toEqual([
      [5_000, 500],
      [5_000, 500],
      [6_000, 200],
    ]);
    expect(fatesOf(r, messagesOf(r, 'sdk'))).toEqual(['succeeded', 'throttled', 'throttled']);
    const apiRequests = messagesOf(r, 'api').filter((m) => r.messages[m]!.parent < 0);
    expect(fatesOf(r, apiRequests)).toEqual(['succeeded', 'http-500', 'http-500']);
  },

  'push-vs-pull': (r) => {
    // Who starts each invocation: Lambda's async queue (S3 pushed) or the SQS poller (pulled).
    expect(events(r, 'invoke.start').map((e) => [e.t, e.from])).toEqual([
      [1_250, 'esm:sqs:photo-jobs'],
      [2_193, 'async-queue'],
      [4_000, 'esm:sqs:photo-jobs'],
      [5_619, 'async-queue'],
    ]);
    // S3 calls Invoke itself with an Event, after its own delivery delay, and gets 202.
    expect(events(r, 'source.invoke').map((e) => [e.t, e.detail?.invocationType])).toEqual([
      [2_093, 'Event'],
      [5_519, 'Event'],
    ]);
    expect(times(events(r, 'async.accepted'))).toEqual([2_093, 5_519]);
    // SQS: the poller receives at once, invokes with a batch, deletes on success.
    expect(times(events(r, 'queue.received'))).toEqual([1_000, 4_000]);
    expect(times(events(r, 'queue.batch'))).toEqual([1_000, 4_000]);
    expect(times(events(r, 'queue.deleted'))).toEqual([1_550, 4_300]);
    expect(fateCounts(r)).toEqual({
      accepted: 2,
      succeeded: 2,
      processed: 2,
      'batch-succeeded': 2,
    });
  },

  'async-retries': (r) => {
    expect(events(r, 'invoke.end').map((e) => [e.t, e.msg, e.attempt])).toEqual([
      [1_150, 0, 1],
      [5_900, 1, 1],
      [61_950, 0, 2],
      [66_700, 1, 2],
      [182_750, 0, 3],
      [187_500, 1, 3],
    ]);
    expect(events(r, 'async.retry').map((e) => e.detail?.delayMs)).toEqual([
      60_000, 60_000, 120_000, 120_000,
    ]);
    expect(events(r, 'dlq.sent').map((e) => [e.t, e.detail?.target])).toEqual([
      [182_750, 'resize-dlq'],
      [187_500, 'resize-dlq'],
    ]);
    expect(fateCounts(r)).toEqual({ dlq: 2 });
  },

  'async-destinations': (r) => {
    expect(
      events(r, 'destination.sent').map((e) => [
        e.t,
        e.msg,
        e.detail?.destination,
        e.detail?.targetType,
        e.detail?.target,
        e.detail?.condition,
      ]),
    ).toEqual([
      [650, 0, 'onSuccess', 'sqs', 'invoices-sent', 'Success'],
      [2_400, 2, 'onSuccess', 'sqs', 'invoices-sent', 'Success'],
      [182_000, 1, 'onFailure', 'sns', 'invoice-failures', 'RetriesExhausted'],
    ]);
    // The failing invoice: tried at 1.1 s, then about 1 and 2 minutes after each failure.
    expect(times(events(r, 'invoke.start', (e) => e.msg === 1))).toEqual([1_100, 61_400, 181_700]);
    expect(r.fates.map((f) => f.kind)).toEqual(['succeeded', 'destination', 'succeeded']);
  },

  's3-thumbnail': (r) => {
    expect(times(events(r, 'source.event'))).toEqual([0, 1_500, 3_000]);
    // Each notification reaches Lambda after its own delay; Lambda accepts it and S3 is done.
    expect(times(events(r, 'async.accepted'))).toEqual([1_681, 3_272, 4_659]);
    expect(events(r, 'source.retry')).toEqual([]);
    const bad = events(r, 'async.accepted', (e) => e.from === 'bad-upload')[0]!.msg;
    expect(
      events(r, 'invoke.end', (e) => e.msg === bad).map((e) => [e.t, e.detail?.outcome]),
    ).toEqual([
      [4_072, 'error'],
      [64_772, 'error'],
      [185_472, 'error'],
    ]);
    expect(events(r, 'dlq.sent').map((e) => [e.t, e.msg, e.detail?.target])).toEqual([
      [185_472, bad, 'thumbnail-dlq'],
    ]);
    expect(fateCounts(r)).toEqual({ accepted: 3, succeeded: 2, dlq: 1 });
  },

  'sns-delivery': (r) => {
    // SNS's delivery policy while Lambda cannot be reached: 3 at once, then backing off.
    expect(times(events(r, 'source.invoke', (e) => e.from === 'orders'))).toEqual([
      0, 0, 0, 0, 1_000, 2_000, 3_000, 4_395, 6_341, 8_000,
    ]);
    expect(events(r, 'service.error')).toHaveLength(8);
    expect(times(events(r, 'async.accepted'))).toEqual([6_341, 8_000, 9_000]);
    // Lambda, not SNS, retries the failing message, then drops it (no DLQ, no destination).
    const failing = events(r, 'async.accepted', (e) => e.from === 'orders-no-address')[0]!.msg;
    expect(times(events(r, 'async.retry', (e) => e.msg === failing))).toEqual([9_400, 69_700]);
    expect(r.fates[failing]).toMatchObject({ kind: 'dropped', t: 190_000 });
    expect(events(r, 'source.dlq')).toEqual([]);
    expect(fateCounts(r)).toEqual({ accepted: 3, succeeded: 2, dropped: 1 });
  },

  'sqs-redrive': (r) => {
    const received = events(r, 'queue.received');
    expect([...new Set(times(received))]).toEqual([0, 30_000, 60_000]);
    expect(received).toHaveLength(30);
    expect(events(r, 'queue.batch').map((e) => [e.t, e.detail?.count])).toEqual([
      [0, 10],
      [30_000, 10],
      [60_000, 10],
    ]);
    expect(events(r, 'queue.deleted')).toEqual([]);
    const redriven = events(r, 'queue.redriven');
    expect(redriven).toHaveLength(10);
    expect(new Set(times(redriven))).toEqual(new Set([90_000]));
    expect(redriven.every((e) => e.detail?.deadLetterQueue === 'orders-dlq')).toBe(true);
    expect(fateCounts(r)).toEqual({ redriven: 10, 'batch-failed': 3 });
  },

  'sqs-partial-batch': (r) => {
    expect(
      events(r, 'queue.partial-failure').map((e) => [
        e.t,
        e.detail?.failedRecords,
        e.detail?.count,
      ]),
    ).toEqual([
      [450, [9], 9],
      [30_200, [9], 0],
      [60_200, [9], 0],
    ]);
    const good = messagesOf(r, 'producer:orders/checkout');
    expect(good).toHaveLength(9);
    expect(good.map((m) => [r.fates[m]!.kind, r.fates[m]!.t])).toEqual(
      good.map(() => ['processed', 450]),
    );
    const [broken] = messagesOf(r, 'producer:orders/legacy-checkout');
    expect(times(events(r, 'queue.received', (e) => e.msg === broken))).toEqual([
      0, 30_000, 60_000,
    ]);
    expect(events(r, 'queue.redriven').map((e) => [e.t, e.msg])).toEqual([[90_000, broken]]);
    expect(fateCounts(r)).toEqual({ processed: 9, redriven: 1, 'batch-partial': 3 });
  },

  'sqs-provisioned-scaling': (r) => {
    const scaled = (q: string) =>
      events(r, 'queue.scaled', (e) => e.to === `esm:sqs:${q}`).map((e) => [
        e.t,
        e.rule,
        e.detail?.pollers,
        e.detail?.eventPollers,
      ]);
    // On demand: 5 batches, +300 after a minute of backlog, back to 5 when the queue is empty.
    expect(scaled('orders-on-demand')).toEqual([
      [60_000, 'sqs.scaling', 305, undefined],
      [120_000, 'sqs.scaling', 605, undefined],
      [130_000, 'sqs.scale-down', 5, undefined],
    ]);
    // Provisioned: 5 pollers (50 batches), then its 70-poller maximum, then its minimum again.
    expect(
      events(r, 'queue.mapping-created', (e) => e.to === 'esm:sqs:orders-provisioned'),
    ).toMatchObject([
      { t: 0, rule: 'sqs.provisioned-mode', detail: { pollers: 50, eventPollers: 5 } },
    ]);
    expect(scaled('orders-provisioned')).toEqual([
      [60_000, 'sqs.provisioned-scaling', 700, 70],
      [90_250, 'sqs.scale-down', 50, 5],
    ]);
    const emptyAt = (q: string) => {
      const v = r.queues!.find((x) => x.name === q)!.series.visible;
      return v.time.find((t, i) => t > 0 && v.value[i] === 0);
    };
    expect(emptyAt('orders-provisioned')).toBe(80_250);
    expect(emptyAt('orders-on-demand')).toBe(120_000);
    expect(fateCounts(r)).toMatchObject({ processed: 4_000, 'batch-succeeded': 4_000 });
    expect(r.stats.throttles).toBe(0);
  },

  'sqs-recursive-loop': (r) => {
    // One job, written back after each successful 1 s invocation: 16 invocations of one event.
    expect(times(events(r, 'invoke.start'))).toEqual(
      Array.from({ length: 16 }, (_, i) => 250 + i * 1_000),
    );
    expect(events(r, 'loop.write').map((e) => e.detail?.loopCount)).toEqual(
      Array.from({ length: 16 }, (_, i) => i + 1),
    );
    const [stopped] = events(r, 'loop.stopped');
    expect([stopped!.t, stopped!.rule, stopped!.detail?.loopCount]).toEqual([
      16_250,
      'recursion.sqs-sns',
      16,
    ]);
    expect(r.fates[stopped!.msg]).toMatchObject({
      kind: 'redriven',
      deliveredTo: ['dlq:sqs:jobs-dlq'],
    });
    expect(fateCounts(r)).toEqual({ processed: 16, redriven: 1, 'batch-succeeded': 16 });
    // With RecursiveLoop: Allow the loop runs until the scenario ends.
    const allow = parseScenario({
      ...presetById('sqs-recursive-loop')!.scenario,
      function: { ...presetById('sqs-recursive-loop')!.scenario.function, recursiveLoop: 'Allow' },
    });
    if (!allow.ok) throw new Error('invalid');
    const free = simulate(allow.scenario);
    expect(events(free, 'loop.stopped')).toEqual([]);
    expect(free.stats.invocations).toBe(30);
  },

  'sqs-fifo': (r) => {
    const group = new Map(events(r, 'queue.sent').map((e) => [e.msg, e.detail?.messageGroupId]));
    const receivesOf = (g: string) =>
      events(r, 'queue.received', (e) => group.get(e.msg) === g).map((e) => [e.t, e.msg]);
    // Each group is read in the order it was sent, one message at a time.
    expect(receivesOf('customer-a')).toEqual([
      [0, 0],
      [1_250, 5],
      [2_250, 7],
    ]);
    // Customer B's bad update (message 4) holds its group until it is redriven.
    expect(receivesOf('customer-b')).toEqual([
      [0, 1],
      [1_250, 4],
      [21_250, 4],
      [41_250, 6],
    ]);
    expect(events(r, 'queue.redriven').map((e) => [e.t, e.msg, e.detail?.deadLetterQueue])).toEqual(
      [[41_250, 4, 'account-updates-dlq.fifo']],
    );
    const doneIn = (g: string) =>
      r.fates
        .filter((f) => group.get(f.msg) === g)
        .sort((a, b) => a.t - b.t)
        .map((f) => [f.t, f.msg, f.kind]);
    expect(doneIn('customer-a')).toEqual([
      [1_250, 0, 'processed'],
      [2_250, 5, 'processed'],
      [3_250, 7, 'processed'],
    ]);
    expect(doneIn('customer-b')).toEqual([
      [1_250, 1, 'processed'],
      [41_250, 4, 'redriven'],
      [42_250, 6, 'processed'],
    ]);
  },

  'sqs-fifo-transient': (r) => {
    // Messages 0–2 are customer A's payments (1 meets the busy gateway), 3–4 customer B's.
    expect(events(r, 'queue.batch').map((e) => [e.t, e.detail?.records])).toEqual([
      [0, [0, 1, 2, 3, 4]],
      [20_000, [1, 2]],
      [40_000, [1, 2]],
    ]);
    // 250 ms cold start and 500 ms handler; warm 500 ms later on. Only A's group is reported.
    expect(
      events(r, 'queue.partial-failure').map((e) => [
        e.t,
        e.rule,
        e.detail?.failedRecords,
        e.detail?.transientRecords,
      ]),
    ).toEqual([
      [750, 'sqs.partial-batch-fifo-group', [1, 2], [1]],
      [20_500, 'sqs.partial-batch-fifo-group', [1, 2], [1]],
    ]);
    expect(r.fates.slice(0, 5).map((f) => [f.msg, f.kind, f.t, f.attempts])).toEqual([
      [0, 'processed', 750, 1],
      [1, 'processed', 40_500, 3],
      [2, 'processed', 40_500, 3],
      [3, 'processed', 750, 1],
      [4, 'processed', 750, 1],
    ]);
    expect(r.messages[1]!.tries).toBe(3);
    expect(events(r, 'invoke.end').every((e) => e.detail?.outcome === 'success')).toBe(true);
  },

  'kinesis-poison': (r) => {
    const shard0 = 'shardId-000000000000';
    const poison = messagesOf(r, 'producer:clickstream/bad-client')[0]!;
    const first = events(r, 'stream.batch', (e) => e.detail?.records?.includes(poison) ?? false);
    // The batch with the bad record and one good click, retried 1, 2, 4 … s apart, then each minute.
    expect(first[0]!.detail?.records).toEqual([poison - 1, poison]);
    expect(times(first.slice(0, 9))).toEqual([
      10_000, 11_100, 13_200, 17_300, 25_400, 41_500, 73_600, 133_700, 193_800,
    ]);
    // 1,443 tries of that batch; then, once its good click has expired, one read of what is left.
    expect(first).toHaveLength(1_444);
    expect(first[1_443]!.t).toBe(86_410_000);
    const retries = events(r, 'stream.retry');
    expect(retries).toHaveLength(1_443);
    expect(retries.every((e) => e.detail?.cause === 'function-error')).toBe(true);
    // Shard 0 never moves its checkpoint while the bad record is there; shard 1 goes on.
    const checkpoints = events(r, 'stream.checkpoint', (e) => e.detail?.unit === shard0);
    expect(checkpoints.filter((e) => e.t > 10_000 && e.t < 86_409_500)).toEqual([]);
    expect(
      events(r, 'stream.checkpoint', (e) => e.detail?.unit !== shard0 && e.t > 10_000).length,
    ).toBeGreaterThan(10);
    // A day later, retention removes the bad record, its batch-mate and two that waited too long.
    expect(events(r, 'stream.expired').map((e) => [e.t, e.msg])).toEqual([
      [86_409_500, poison - 1],
      [86_410_100, poison],
      [86_410_100, 38],
      [86_411_000, 41],
    ]);
    // Then the shard catches up: every other record is checkpointed.
    expect(fateCounts(r)).toEqual({ checkpointed: 77, succeeded: 39, expired: 6 });
    const age = r.streams!.sources[0]!.units.find((u) => u.id === shard0)!.iteratorAgeMs;
    expect(Math.max(...age.value)).toBeGreaterThan(86_000_000);
  },

  'kinesis-bisect': (r) => {
    const poison = messagesOf(r, 'producer:clickstream/bad-client')[0]!;
    expect(events(r, 'stream.bisect').map((e) => [e.t, e.detail?.halves])).toEqual([
      [10_100, [1, 1]],
    ]);
    // The bad record alone: tried after the split, then twice more, then skipped.
    const alone = events(r, 'stream.batch', (e) => e.detail?.records?.[0] === poison);
    expect(times(alone)).toEqual([11_200, 12_300, 14_400]);
    expect(events(r, 'stream.retry').map((e) => [e.t, e.detail?.delayMs])).toEqual([
      [11_300, 1_000],
      [12_400, 2_000],
    ]);
    expect(events(r, 'stream.discarded').map((e) => [e.t, e.detail?.streamCondition])).toEqual([
      [14_500, 'RetryAttemptsExhausted'],
    ]);
    const [dest] = events(r, 'stream.destination');
    expect([dest!.t, dest!.detail?.target, dest!.detail?.targetType]).toEqual([
      14_500,
      'clickstream-failures',
      'sqs',
    ]);
    // Where the record is, not the record.
    expect(dest!.detail?.failureRecord?.KinesisBatchInfo).toMatchObject({
      shardId: 'shardId-000000000000',
      batchSize: 1,
    });
    expect(r.fates[poison]).toMatchObject({ kind: 'destination', t: 14_500 });
    // The good click of the failed batch succeeds on its own; shard 0 moves on at 15 s.
    expect(r.fates[poison - 1]).toMatchObject({ kind: 'checkpointed', t: 11_200 });
    const next = events(
      r,
      'stream.batch',
      (e) => e.t > 14_500 && e.detail?.unit === 'shardId-000000000000',
    );
    expect([next[0]!.t, next[0]!.detail?.batchSize]).toEqual([15_000, 5]);
    expect(events(r, 'stream.expired')).toEqual([]);
  },

  'dynamodb-stream': (r) => {
    const batches = events(r, 'stream.batch');
    expect(batches.map((e) => [e.t, e.detail?.records])).toEqual([
      [2_000, [0, 1, 2, 3]],
      [5_000, [5]],
    ]);
    type Change = {
      eventName: string;
      dynamodb: {
        Keys: { orderId: { S: string } };
        NewImage?: { status: { S: string } };
        OldImage?: { status: { S: string } };
      };
    };
    const changes = (e: TraceEvent) =>
      (r.messages[e.msg]!.payload as { Records: Change[] }).Records.map((c) => [
        c.eventName,
        c.dynamodb.Keys.orderId.S,
        c.dynamodb.OldImage?.status.S ?? null,
        c.dynamodb.NewImage?.status.S ?? null,
      ]);
    expect(changes(batches[0]!)).toEqual([
      ['INSERT', 'o-101', null, 'PLACED'],
      ['INSERT', 'o-102', null, 'PLACED'],
      ['MODIFY', 'o-101', 'PLACED', 'PAID'],
      ['MODIFY', 'o-102', 'PLACED', 'CANCELLED'],
    ]);
    expect(changes(batches[1]!)).toEqual([['MODIFY', 'o-101', 'PAID', 'SHIPPED']]);
    expect(times(events(r, 'stream.checkpoint'))).toEqual([2_330, 5_080]);
    expect(fateCounts(r)).toEqual({ checkpointed: 5, succeeded: 2 });
  },

  'cold-warm-provisioned': (r) => {
    expect(events(r, 'env.provisioned').map((e) => [e.t, e.detail?.qualifier])).toEqual([
      [0, 'live'],
    ]);
    const starts = (w: string) =>
      events(r, 'invoke.start', (e) => e.from === w).map((e) => [e.t, e.detail?.warm]);
    // On demand: cold, warm, then cold again after a minute idle.
    expect(starts('on-demand')).toEqual([
      [2_500, false],
      [5_000, true],
      [121_500, false],
    ]);
    expect(events(r, 'env.init').map((e) => [e.t, e.from, e.detail?.initMs])).toEqual([
      [1_000, 'on-demand', 1_500],
      [120_000, 'on-demand', 1_500],
    ]);
    expect(times(events(r, 'env.reclaimed'))).toEqual([65_400]);
    // Provisioned: initialised before any request, every request starts at once.
    expect(starts('provisioned')).toEqual([
      [1_000, true],
      [5_000, true],
      [120_000, true],
    ]);
    expect(r.stats.coldStarts).toBe(2);
  },

  'provisioned-spillover': (r) => {
    expect(times(events(r, 'env.provisioned'))).toEqual([0, 0]);
    expect(events(r, 'invoke.start').map((e) => [e.t, e.detail?.provisioned])).toEqual([
      [1_000, true],
      [1_000, true],
      [2_500, false],
    ]);
    expect(events(r, 'env.init').map((e) => [e.t, e.rule])).toEqual([
      [1_000, 'env.provisioned-spillover'],
    ]);
    expect(fateCounts(r)).toEqual({ succeeded: 3 });
  },

  'sync-throttle': (r) => {
    expect(events(r, 'throttled').map((e) => [e.t, e.detail?.statusCode])).toEqual([
      [0, 429],
      [0, 429],
    ]);
    expect(r.fates.map((f) => [f.kind, f.t])).toEqual([
      ['succeeded', 750],
      ['throttled', 0],
      ['throttled', 0],
    ]);
  },

  'reserved-kill-switch': (r) => {
    // Nothing runs: every request is throttled before any code.
    expect(r.stats.invocations).toBe(0);
    expect(events(r, 'invoke.start')).toEqual([]);
    expect(events(r, 'throttled').map((e) => [e.t, e.detail?.statusCode])).toEqual([
      [0, 429],
      [0, 429],
      [0, 429],
      [2_100, 429],
      [2_100, 429],
    ]);
    expect(fatesOf(r, messagesOf(r, 'api'))).toEqual(['throttled', 'throttled', 'throttled']);
    // Async events are not retried: straight to the on-failure destination.
    expect(events(r, 'async.retry')).toEqual([]);
    expect(events(r, 'destination.sent').map((e) => [e.t, e.detail?.target])).toEqual([
      [2_100, 'newsletter-failures'],
      [2_100, 'newsletter-failures'],
    ]);
    expect(fatesOf(r, messagesOf(r, 'events'))).toEqual(['destination', 'destination']);
  },

  'alias-canary': (r) => {
    const routed = events(r, 'alias.routed');
    expect(routed).toHaveLength(20);
    expect(routed.filter((e) => e.version === '2').map((e) => e.t)).toEqual([1_000, 14_000]);
    expect(routed.filter((e) => e.version === '1')).toHaveLength(18);
    // The requests that ran version 2 are exactly the ones that failed.
    expect(
      r.fates.filter((f) => f.kind === 'function-error').map((f) => r.messages[f.msg]!.createdAt),
    ).toEqual([1_000, 14_000]);
    expect(fateCounts(r)).toEqual({ succeeded: 18, 'function-error': 2 });
    expect(events(r, 'env.init').map((e) => [e.t, e.version])).toEqual([
      [0, '1'],
      [1_000, '2'],
    ]);
  },

  'version-rollback': (r) => {
    const byVersion = r.fates.map((f) => [
      r.messages[f.msg]!.createdAt,
      events(r, 'invoke.start', (e) => e.msg === f.msg)[0]!.version,
      f.kind,
    ]);
    expect(byVersion).toEqual(
      Array.from({ length: 20 }, (_, i) =>
        i < 10 ? [i * 1_000, '2', 'function-error'] : [i * 1_000, '1', 'succeeded'],
      ),
    );
    expect(events(r, 'env.init').map((e) => [e.t, e.version])).toEqual([
      [0, '2'],
      [10_000, '1'],
    ]);
  },

  'eventbridge-fanout': (r) => {
    expect(fateCounts(r)).toEqual({ routed: 2, delivered: 8, succeeded: 2, dlq: 2, unmatched: 1 });
    expect(events(r, 'eb.not-matched', (e) => e.t === 15_000)).toHaveLength(2);
    expect(events(r, 'eb.retry').map((e) => [e.t, e.detail?.delayMs])).toEqual([
      [1_000, 1_000],
      [2_000, 2_000],
      [4_000, 4_000],
      [8_000, 8_000],
    ]);
    expect(events(r, 'eb.delivered', (e) => e.detail?.target === 'fulfil').map((e) => e.t)).toEqual(
      [16_000, 30_000],
    );
    expect(events(r, 'eb.dlq').map((e) => [e.t, e.detail?.target])).toEqual([
      [1_000, 'notify-dlq'],
      [30_000, 'notify-dlq'],
    ]);
  },

  'eventbridge-schedule': (r) => {
    const fired = (rule: string) =>
      times(events(r, 'eb.scheduled', (e) => e.detail?.rule === rule));
    expect(fired('every-5-minutes')).toEqual([
      300_000, 600_000, 900_000, 1_200_000, 1_500_000, 1_800_000,
    ]);
    // 09:15 and 09:30 UTC, from a start at 09:02.
    expect(fired('quarter-hours')).toEqual([780_000, 1_680_000]);
  },

  'eventbridge-scheduler-dst': (r) => {
    const H = 3_600_000;
    // The schedule: 02:30 EST on 13 March (07:30 UTC), nothing on 14 March, 02:30 EDT on the 15th.
    expect(times(events(r, 'scheduler.fired'))).toEqual([7.5 * H, 54.5 * H]);
    expect(events(r, 'scheduler.skipped').map((e) => [e.t, e.detail?.localTime])).toEqual([
      [31.5 * H, '2027-03-14 02:30'],
    ]);
    // The legacy rule stays on 07:30 UTC every day.
    expect(times(events(r, 'eb.scheduled'))).toEqual([7.5 * H, 31.5 * H, 55.5 * H]);
    expect(times(events(r, 'invoke.start')).length).toBe(5);
    expect(events(r, 'scheduler.dlq')).toEqual([]);
  },

  'eventbridge-target-dlq': (r) => {
    expect(times(events(r, 'eb.target-failed'))).toEqual([2_000, 3_000, 5_000, 9_000, 17_000]);
    expect(events(r, 'eb.retry').map((e) => e.detail?.delayMs)).toEqual([
      1_000, 2_000, 4_000, 8_000,
    ]);
    const [dlq] = events(r, 'eb.dlq');
    expect([dlq!.t, dlq!.detail?.target]).toEqual([17_000, 'inventory-dlq']);
    expect(Object.keys(dlq!.detail?.attributes ?? {})).toEqual(
      expect.arrayContaining(['RULE_ARN', 'TARGET_ARN', 'ERROR_CODE', 'RETRY_ATTEMPTS']),
    );
    expect(fateCounts(r)).toEqual({ routed: 1, dlq: 1 });
  },

  'permissions-policy-vs-role': (r) => {
    // Missing resource-policy statement: S3 refuses to save its trigger at time 0.
    expect(
      events(r, 'source.config-refused').map((e) => [e.t, e.detail?.principal, e.detail?.denial]),
    ).toEqual([[0, 's3.amazonaws.com', 'no-statement']]);
    expect(
      messagesOf(r, 'uploads').map((m) => [r.messages[m]!.createdAt, r.fates[m]!.kind]),
    ).toEqual([
      [2_000, 'not-configured'],
      [6_000, 'not-configured'],
    ]);
    // The topic the policy names gets in.
    expect(times(events(r, 'async.accepted'))).toEqual([4_000]);
    expect(r.stats.invocations).toBe(1);
    // Missing execution-role actions: the SQS mapping is rejected, nothing is polled.
    const [rejected] = events(r, 'queue.mapping-rejected');
    expect([rejected!.t, rejected!.detail?.errorCode]).toEqual([
      0,
      'InvalidParameterValueException',
    ]);
    expect(rejected!.detail?.errorMessage).toContain('ReceiveMessage');
    expect(events(r, 'queue.received')).toEqual([]);
    expect(fatesOf(r, messagesOf(r, 'producer:files-to-ingest/scanner'))).toEqual([
      'in-flight',
      'in-flight',
    ]);
  },
};

describe('built-in presets', () => {
  it('are listed in the order a course teaches them', () => {
    expect(presets.map((p) => p.id)).toEqual([
      'api-gateway-throttle',
      'push-vs-pull',
      'payload-limits',
      'async-retries',
      'async-destinations',
      's3-thumbnail',
      'sns-delivery',
      'sqs-redrive',
      'sqs-partial-batch',
      'sqs-fifo',
      'sqs-fifo-transient',
      'sqs-provisioned-scaling',
      'sqs-recursive-loop',
      'kinesis-poison',
      'kinesis-bisect',
      'dynamodb-stream',
      'cold-warm-provisioned',
      'provisioned-spillover',
      'sync-throttle',
      'reserved-kill-switch',
      'alias-canary',
      'version-rollback',
      'eventbridge-fanout',
      'eventbridge-schedule',
      'eventbridge-target-dlq',
      'eventbridge-scheduler-dst',
      'permissions-policy-vs-role',
    ]);
  });

  it('each have a lesson checked below', () => {
    expect(Object.keys(LESSONS).sort()).toEqual(presets.map((p) => p.id).sort());
  });

  it.each(presets.map((p) => [p.id, p] as const))(
    '%s is a titled, seeded document with a summary',
    (_, p) => {
      expect(p.scenario.name).toBe(p.title);
      expect(p.scenario.seed).toEqual(expect.any(Number));
      expect(p.summary.length).toBeGreaterThan(100);
      expect(p.summary.length).toBeLessThan(1_000);
    },
  );

  it.each(presets.map((p) => p.id))('%s shows its lesson', (id) => {
    const r = run(id);
    expect(r.truncated).toBe(false);
    LESSONS[id]!(r);
  });
});
