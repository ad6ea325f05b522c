import { countEvents, fateKindOf } from '../answers';
import type { AnswerKey, Lesson } from '../types';

/** How many of a poller's batch were deleted as processed when its invocation ended. */
const deletedAfterFirstTry: AnswerKey = (run, at) => {
  const end = run.trace.find((e) => e.kind === 'invoke.end' && e.msg === at.msg)!;
  return String(run.fates.filter((f) => f.kind === 'processed' && f.t === end.t).length);
};

const DELETED = ['0', '1', '9', '10'].map((n) => ({ id: n, label: `${n} of 10` }));

export const batches: Lesson = {
  id: 'batch-failures',
  title: 'Event source mappings and batch failures',
  summary:
    'Pollers hand the function whole batches, and a batch succeeds or fails as one. See one broken SQS message sink its batch, ReportBatchItemFailures save the rest, a bad Kinesis record block its shard for a day, and bisection cure it.',
  steps: [
    {
      preset: 'sqs-redrive',
      at: { kind: 'queue.batch', nth: 1 },
      narration:
        'Ten orders are in the queue, one of them broken. The mapping’s poller receives all ten and invokes the function synchronously with one batch. Received messages stay hidden from other readers for the visibility timeout, 30 s here.',
      predict: {
        question:
          'The function throws on the broken order. How many of the ten does the poller delete?',
        options: DELETED,
        answer: deletedAfterFirstTry,
      },
    },
    {
      preset: 'sqs-redrive',
      at: { kind: 'queue.batch-failed', nth: 1 },
      narration:
        'None. The function threw, so the whole batch failed: there is no partial success by default. All ten stay hidden until the visibility timeout ends.',
    },
    {
      preset: 'sqs-redrive',
      at: { kind: 'queue.returned', nth: 1 },
      narration:
        'At 30 s the messages are visible again and the poller receives all ten a second time. The nine good orders run again, one more reason to make the function idempotent.',
      predict: {
        question:
          'The queue’s redrive policy says maxReceiveCount 3. Where do the nine good orders end up?',
        options: [
          { id: 'processed', label: 'Deleted, once processed' },
          { id: 'redriven', label: 'In the dead-letter queue, with the broken one' },
          { id: 'in-flight', label: 'Still in the queue, received again and again' },
        ],
        answer: (run, at) => fateKindOf(run, at.msg),
      },
    },
    {
      preset: 'sqs-redrive',
      at: { kind: 'queue.redriven', nth: 1 },
      narration:
        'After the third receive, SQS itself moves all ten to orders-dlq, the good ones too. This DLQ belongs to the queue (its redrive policy), not to the function: for a queue source, the function’s own DLQ is not used.',
    },
    {
      preset: 'sqs-partial-batch',
      at: { kind: 'queue.batch', nth: 1 },
      narration:
        'The same ten orders, but the mapping turns on ReportBatchItemFailures: instead of throwing, the function returns the IDs of the messages it could not process.',
      predict: {
        question: 'How many of the ten does the poller delete after this first try?',
        options: DELETED,
        answer: deletedAfterFirstTry,
      },
    },
    {
      preset: 'sqs-partial-batch',
      at: { kind: 'queue.partial-failure', nth: 1 },
      narration:
        'Nine are deleted at once; only the reported message stays hidden and comes back at 30 s. One bad message no longer drags its batch-mates along.',
    },
    {
      preset: 'sqs-partial-batch',
      at: { kind: 'queue.redriven', nth: 1 },
      narration:
        'Only the broken order is received three times and moved to the dead-letter queue.',
    },
    {
      preset: 'kinesis-poison',
      at: { kind: 'stream.retry', nth: 1 },
      narration:
        'Streams keep order within a shard. A batch from shard 0 holds a bad record and fails, and with the default settings Lambda retries the same batch, with no retry limit, until the records expire.',
      predict: {
        question:
          'While that batch keeps failing, what happens to the records behind it in shard 0?',
        options: [
          { id: 'blocked', label: 'They wait: nothing moves until that batch succeeds or expires' },
          { id: 'processed', label: 'They are processed around the bad batch' },
          { id: 'dropped', label: 'They are dropped' },
        ],
        answer: (run, at) => {
          const unit = run.trace.find((e) => e.kind === 'stream.batch' && e.msg === at.msg)!.detail!
            .unit;
          const expiry = run.trace.find((e) => e.kind === 'stream.expired')!.t;
          const moved = countEvents(
            run,
            (e) =>
              e.kind === 'stream.checkpoint' &&
              e.detail?.unit === unit &&
              e.t > at.t &&
              e.t < expiry,
          );
          return moved === 0 ? 'blocked' : 'processed';
        },
      },
    },
    {
      preset: 'kinesis-poison',
      at: { kind: 'stream.expired', nth: 1 },
      narration:
        'A whole day later: shard 0 did not move while Lambda retried, about 1,440 times, until the stream’s 24-hour retention removed the records. The other shard kept going. One poison record can stall a shard.',
    },
    {
      preset: 'kinesis-bisect',
      at: { kind: 'stream.bisect', nth: 1 },
      narration:
        'The same stream, now with BisectBatchOnFunctionError, a limit of 2 retries and an on-failure destination. The failing batch is split in halves, so the good record can succeed on its own.',
      predict: {
        question:
          'When the bad record’s retries run out, what reaches the SQS on-failure destination?',
        options: [
          { id: 'metadata', label: 'Where the record is: shard ID and sequence numbers' },
          { id: 'record', label: 'The record’s data itself' },
          { id: 'nothing', label: 'Nothing: the record is skipped silently' },
        ],
        answer: (run) => {
          const sent = run.trace.find((e) => e.kind === 'stream.destination');
          if (sent === undefined) return 'nothing';
          return sent.detail?.failureRecord?.KinesisBatchInfo !== undefined ? 'metadata' : 'record';
        },
      },
    },
    {
      preset: 'kinesis-bisect',
      at: { kind: 'stream.destination', nth: 1 },
      narration:
        'Lambda sends only the batch’s location (shard and sequence numbers) to the destination; read the record from the stream before it expires. Shard 0 moves on straight away instead of stalling for a day.',
    },
  ],
};
