import { countEvents, fateKindOf } from '../answers';
import type { AnswerKey, Lesson, PredictOption } from '../types';

/** Where a failed asynchronous event ends up, as the options of a question. */
const ENDINGS: readonly PredictOption[] = [
  { id: 'dlq', label: 'In the dead-letter queue' },
  { id: 'destination', label: 'At the on-failure destination' },
  { id: 'dropped', label: 'Nowhere: it is discarded' },
  { id: 'function-error', label: 'Back with the caller, as an error' },
];

const ending: AnswerKey = (run, at) => fateKindOf(run, at.msg);

export const retriesAndDestinations: Lesson = {
  id: 'async-retries-dlq-destinations',
  title: 'Async retries, DLQs and destinations',
  summary:
    'An asynchronous event that keeps failing is retried twice, then kept in a dead-letter queue, sent to an on-failure destination, or lost. Count the attempts, time the retries and follow each event to its end.',
  steps: [
    {
      preset: 'async-retries',
      at: { kind: 'async.accepted', nth: 1 },
      narration:
        'An S3-style event is accepted (202) and queued. This function throws on every event it gets, so watch how often Lambda tries it.',
      predict: {
        question: 'How many times in all will Lambda run the function for this event?',
        options: ['1', '2', '3', '4'].map((n) => ({ id: n, label: n })),
        answer: (run, at) =>
          String(countEvents(run, (e) => e.kind === 'invoke.start' && e.msg === at.msg)),
      },
    },
    {
      preset: 'async-retries',
      at: { kind: 'async.retry', msg: 0, nth: 1 },
      narration:
        'The first attempt failed. Lambda keeps the event and schedules retry 1 of 2, about a minute later.',
    },
    {
      preset: 'async-retries',
      at: { kind: 'async.retry', msg: 0, nth: 2 },
      narration:
        'The second attempt failed as well. The last retry waits longer, about 2 minutes: Lambda backs off between attempts. One first try plus two retries makes three runs in all.',
      focus: ['dlq:sqs:resize-dlq', 'function'],
      predict: {
        question:
          'Look at what is attached to the function. If the third attempt fails too, where does the event go?',
        options: ENDINGS,
        answer: ending,
      },
    },
    {
      preset: 'async-retries',
      at: { kind: 'dlq.sent', nth: 1 },
      narration:
        'Retries exhausted: Lambda sends the original event to the function’s dead-letter queue, an SQS queue here (SNS works too). A DLQ keeps the event itself, and only for failures, so it can be inspected or replayed later.',
    },
    {
      preset: 'async-destinations',
      at: { kind: 'destination.sent', nth: 1 },
      narration:
        'Destinations are the newer option. An invoice succeeds, and Lambda sends an invocation record, the request together with the function’s response, to the on-success destination, an SQS queue.',
    },
    {
      preset: 'async-destinations',
      at: { kind: 'invoke.end', msg: 1, attempt: 1 },
      narration:
        'The second invoice has no customer, so the function throws. Lambda will retry it a minute and then two minutes later, as before.',
      focus: ['onFailure:sns:invoice-failures', 'onSuccess:sqs:invoices-sent', 'function'],
      predict: {
        question:
          'Besides the on-success queue, an SNS topic is attached to this function. Where does the invoice end up after the last retry?',
        options: ENDINGS,
        answer: ending,
      },
    },
    {
      preset: 'async-destinations',
      at: { kind: 'destination.sent', detail: { destination: 'onFailure' } },
      narration:
        'After the third failure the record goes to the on-failure destination, with the error and the condition RetriesExhausted. A destination can be SQS, SNS, another function or an EventBridge bus, and its record says more than a DLQ message: what came in, what went wrong and how many times it was tried.',
    },
    {
      preset: 'sns-delivery',
      at: { kind: 'invoke.end', from: 'function', detail: { outcome: 'error' }, nth: 1 },
      narration:
        'SNS delivers an order that this function cannot handle. Once Lambda has accepted the event, Lambda, not SNS, does the retrying.',
      focus: ['function', 'sns-dlq:sqs:ship-order-sub-dlq'],
      predict: {
        question: 'What happens to the order after Lambda’s last retry?',
        options: ENDINGS,
        answer: ending,
      },
    },
    {
      preset: 'sns-delivery',
      at: { kind: 'async.exhausted', nth: 1 },
      narration:
        'Discarded and lost: with nowhere configured to keep it, a failed asynchronous event simply disappears after its retries. For the exam, give asynchronous functions a DLQ or an on-failure destination, and write them to be idempotent, since a retry may repeat work.',
    },
  ],
};
