import { describe, expect, it } from 'vitest';
import { kind, messageFates, run, sentIds, tally, timesOf } from './helpers';

const ALL_SQS = ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'];

/** A queue kept one minute (the shortest retention), with three messages at 0, 1 and 2 s. */
function queue(extra: Record<string, unknown> = {}, mapping: Record<string, unknown> = {}) {
  return {
    name: 'orders',
    messageRetentionPeriodSeconds: 60,
    producers: [{ id: 'p', arrivals: { kind: 'single' as const, atMs: [0, 1_000, 2_000] } }],
    mapping,
    ...extra,
  };
}

describe('creating the SQS mapping', () => {
  it('fails when the visibility timeout is shorter than the function timeout', () => {
    const r = run({
      durationMs: 120_000,
      function: { timeoutSeconds: 3 },
      queues: [queue({ visibilityTimeoutSeconds: 2 })],
    });
    const [rejected] = kind(r, 'queue.mapping-rejected');
    expect(rejected).toMatchObject({
      t: 0,
      rule: 'sqs.visibility-check',
      detail: {
        errorCode: 'InvalidParameterValueException',
        errorMessage:
          'Queue visibility timeout: 2 seconds is less than Function timeout: 3 seconds',
        advice: 'AWS advises a visibility timeout of at least 6 × the function timeout: 18 seconds',
      },
    });
    // Nothing is polled: the messages wait until the retention period ends.
    expect(kind(r, 'queue.received')).toHaveLength(0);
    expect(messageFates(r).map((f) => [f.kind, f.t, f.rule])).toEqual([
      ['expired', 60_000, 'sqs.retention'],
      ['expired', 61_000, 'sqs.retention'],
      ['expired', 62_000, 'sqs.retention'],
    ]);
  });

  it('succeeds with the 6× advice when the visibility timeout is short but long enough', () => {
    const r = run({
      durationMs: 10_000,
      function: { timeoutSeconds: 10 },
      queues: [queue({ visibilityTimeoutSeconds: 30 })],
    });
    expect(kind(r, 'queue.mapping-created')[0]!.detail).toMatchObject({
      mappingState: 'Enabled',
      visibilityTimeoutMs: 30_000,
      advice: 'AWS advises a visibility timeout of at least 6 × the function timeout: 60 seconds',
    });
    expect(tally(messageFates(r))).toEqual({ processed: 3 });
  });

  it('fails when the execution role lacks a read action, and the messages stay in the queue', () => {
    const r = run({
      durationMs: 30_000,
      permissions: { executionRole: ['sqs:ReceiveMessage', 'sqs:GetQueueAttributes', 'logs:*'] },
      queues: [queue({ messageRetentionPeriodSeconds: 345_600 })],
    });
    expect(kind(r, 'queue.mapping-rejected').map((e) => [e.rule, e.detail?.errorMessage])).toEqual([
      [
        'permission.execution-role',
        'The provided execution role does not have permissions to call DeleteMessage on SQS',
      ],
    ]);
    expect(kind(r, 'queue.received')).toHaveLength(0);
    expect(tally(messageFates(r))).toEqual({ 'in-flight': 3 });
    expect(r.queues![0]!.series.visible.value.at(-1)).toBe(3);
  });

  it('is created for an encrypted queue without kms:Decrypt, but every poll fails', () => {
    const r = run({
      durationMs: 120_000,
      permissions: { executionRole: ALL_SQS },
      queues: [queue({ kmsMasterKeyId: 'alias/orders' })],
    });
    expect(kind(r, 'queue.mapping-created')[0]!.detail?.mappingState).toBe('Enabled');
    expect(kind(r, 'queue.poll-failed').map((e) => [e.t, e.rule, e.detail?.errorCode])).toEqual([
      [0, 'sqs.kms-decrypt', 'KMS.AccessDeniedException'],
    ]);
    expect(kind(r, 'queue.poll-failed')[0]!.detail?.lastProcessingResult).toBe(
      "PROBLEM: Lambda cannot read messages from orders: the execution role is not allowed kms:Decrypt on the queue's key alias/orders",
    );
    expect(kind(r, 'queue.received')).toHaveLength(0);
    expect(messageFates(r).map((f) => [f.kind, f.t])).toEqual([
      ['expired', 60_000],
      ['expired', 61_000],
      ['expired', 62_000],
    ]);
  });

  it('reads an encrypted queue when the role may decrypt it', () => {
    const r = run({
      durationMs: 30_000,
      permissions: { executionRole: [...ALL_SQS, 'kms:Decrypt'] },
      queues: [queue({ kmsMasterKeyId: 'alias/orders' })],
    });
    expect(kind(r, 'queue.poll-failed')).toHaveLength(0);
    expect(tally(messageFates(r))).toEqual({ processed: 3 });
  });

  it('polls nothing while disabled', () => {
    const r = run({ durationMs: 30_000, queues: [queue({}, { enabled: false })] });
    expect(kind(r, 'queue.mapping-created').map((e) => [e.rule, e.detail?.mappingState])).toEqual([
      ['esm.disabled', 'Disabled'],
    ]);
    expect(kind(r, 'queue.received')).toHaveLength(0);
    expect(r.queues![0]!.series.pollers.value).toEqual([0]);
  });
});

describe('the SQS queue itself', () => {
  it('hides new messages for DelaySeconds', () => {
    const r = run({ durationMs: 30_000, queues: [queue({ delaySeconds: 5 })] });
    const ids = sentIds(r);
    expect(ids.map((id) => timesOf(r, 'queue.delay-ended', id))).toEqual([
      [5_000],
      [6_000],
      [7_000],
    ]);
    expect(ids.map((id) => timesOf(r, 'queue.received', id))).toEqual([[5_000], [6_000], [7_000]]);
    const delayed = r.queues![0]!.series.delayed;
    expect(delayed.time.map((t, i) => [t, delayed.value[i]])).toEqual([
      [0, 1],
      [1_000, 2],
      [2_000, 3],
      [5_000, 2],
      [6_000, 1],
      [7_000, 0],
    ]);
  });

  it('deletes a message whose retention ends while it is in flight when it would come back', () => {
    const r = run({
      durationMs: 200_000,
      function: { behaviour: { errorRate: 1 } },
      queues: [
        {
          name: 'orders',
          messageRetentionPeriodSeconds: 60,
          visibilityTimeoutSeconds: 45,
          producers: [{ id: 'p', arrivals: { kind: 'single', atMs: [0] } }],
          mapping: {},
        },
      ],
    });
    const [id] = sentIds(r);
    // Received at 0 and 45 s; retention ends at 60 s while it is hidden; it expires at 90 s.
    expect(timesOf(r, 'queue.received', id!)).toEqual([0, 45_000]);
    expect(r.fates[id!]).toMatchObject({ kind: 'expired', t: 90_000, rule: 'sqs.retention' });
    expect(kind(r, 'queue.expired')[0]!.detail).toMatchObject({
      retentionMs: 60_000,
      ageMs: 90_000,
    });
  });

  it('records depth over time: visible, in flight, and the batches running', () => {
    const r = run({
      durationMs: 10_000,
      function: { behaviour: { duration: { kind: 'fixed', ms: 1_000 } } },
      queues: [queue()],
    });
    const s = r.queues![0]!.series;
    const steps = (x: { time: number[]; value: number[] }) => x.time.map((t, i) => [t, x.value[i]]);
    expect(r.queues![0]).toMatchObject({ name: 'orders', kind: 'sqs', fifo: false });
    expect(steps(s.visible)).toEqual([[0, 0]]);
    // Batch 1 cold-starts (250 ms) and runs 1 s; batch 2 needs a second environment; batch 3
    // reuses the first, warm.
    const busy = [
      [0, 1],
      [1_000, 2],
      [1_250, 1],
      [2_000, 2],
      [2_250, 1],
      [3_000, 0],
    ];
    expect(steps(s.inFlight)).toEqual(busy);
    expect(steps(s.batches)).toEqual(busy);
    expect(steps(s.pollers)).toEqual([[0, 5]]);
  });
});
