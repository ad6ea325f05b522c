import { starterOf } from '../answers';
import type { Lesson } from '../types';

const PRESET = 'push-vs-pull';
// The preset's boxes, as the diagram names them.
const UPLOADS = 'workload:uploads';
const PRODUCER = 'producer:sqs:photo-jobs/importer';
const QUEUE = 'sqs:photo-jobs';
const MAPPING = 'esm:sqs:photo-jobs';

export const pushVsPull: Lesson = {
  id: 'push-vs-pull',
  title: 'Push vs pull',
  summary:
    'One function, two sources: S3 pushes its events to Lambda, while Lambda pulls messages from an SQS queue. See who starts each invocation and which permission each side needs.',
  steps: [
    {
      preset: PRESET,
      at: { kind: 'queue.mapping-created' },
      narration:
        'Two sources feed one function. The SQS queue has an event source mapping, which is configured on the Lambda side. S3 has no mapping: its event notification is configured on the bucket.',
      focus: [MAPPING, QUEUE, 'lambda'],
      predict: {
        question: 'At 1 s a message reaches the queue. Who invokes the function with it?',
        options: [
          { id: 'poller', label: 'Lambda’s SQS poller, with a batch' },
          { id: 'caller', label: 'SQS, calling the Invoke API' },
          { id: 'async-queue', label: 'Lambda’s internal queue for asynchronous events' },
        ],
        answer: (run) => starterOf(run.trace.find((e) => e.kind === 'invoke.start')!),
      },
    },
    {
      preset: PRESET,
      at: { kind: 'queue.batch', nth: 1 },
      narration:
        'Nobody called the function: a poller that Lambda runs received the message at once and invokes the function synchronously with a batch of one. That is the pull model. At the same moment a photo was uploaded, and S3 now owns its delivery: the push model.',
    },
    {
      preset: PRESET,
      at: { kind: 'queue.deleted', nth: 1 },
      narration:
        'The batch succeeded, so the poller deletes the message from the queue. For a pull source, the function’s execution role needs the SQS permissions to receive and delete messages.',
      focus: [UPLOADS, 'lambda'],
      predict: {
        question: 'S3 now delivers the upload notification. What does Lambda answer S3?',
        options: [
          { id: 'async.accepted', label: '202 Accepted: the event is queued, S3 is done' },
          { id: 'sync.response', label: '200 with the function’s result' },
          { id: 'queue.received', label: 'Nothing: Lambda polls S3 for new objects' },
        ],
        answer: (run, at) => {
          const call = run.trace.find((e) => e.t > at.t && e.kind === 'source.invoke')!;
          return run.trace.find((e) => e.seq > call.seq && e.msg === call.msg)!.kind;
        },
      },
    },
    {
      preset: PRESET,
      at: { kind: 'async.accepted', nth: 1 },
      narration:
        'S3 invokes with InvocationType Event. Lambda puts the event in its own internal queue and answers 202 at once; S3 never sees the function’s result. For S3 to be allowed in, the function’s resource-based policy needs a statement for s3.amazonaws.com.',
    },
    {
      preset: PRESET,
      at: { kind: 'invoke.start', from: 'async-queue', nth: 1 },
      narration:
        'Lambda’s internal queue hands the event to the function. The environment from the SQS batch is still warm, so this start skips Init.',
      focus: [UPLOADS, PRODUCER, 'lambda'],
      predict: {
        question: 'At 4 s both sources produce again. Which invocation starts first?',
        options: [
          { id: 'poller', label: 'The SQS message’s batch' },
          { id: 'async-queue', label: 'The S3 event' },
        ],
        answer: (run) =>
          starterOf(run.trace.find((e) => e.t >= 4_000 && e.kind === 'invoke.start')!),
      },
    },
    {
      preset: PRESET,
      at: { kind: 'invoke.start', nth: 3 },
      narration:
        'The SQS message runs at once: the poller was already waiting on the queue. S3’s notification takes its own delivery time, here about 1.5 s, before Lambda even hears of it. With push, the source decides when; with pull, Lambda’s pollers do.',
    },
    {
      preset: PRESET,
      at: { kind: 'invoke.start', from: 'async-queue', nth: 2 },
      narration:
        'For the exam: push sources such as S3, SNS and API Gateway keep their configuration on their own side and need a resource-based policy on the function. Pull sources such as SQS, Kinesis, DynamoDB Streams, Kafka and Amazon MQ use an event source mapping on the Lambda side and the execution role’s permissions.',
    },
  ],
};
