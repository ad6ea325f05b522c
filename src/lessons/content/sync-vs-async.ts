import { firstAfter } from '../answers';
import type { Lesson } from '../types';

const SYNC = 'api-gateway-throttle';
const ASYNC = 'async-retries';

export const syncVsAsync: Lesson = {
  id: 'sync-vs-async',
  title: 'Synchronous vs asynchronous',
  summary:
    'A synchronous caller waits for the answer and handles errors itself; an asynchronous caller hands the event over and Lambda does the retrying. Watch a throttle reach two kinds of caller, then a failing event that Lambda retries on its own.',
  steps: [
    {
      preset: SYNC,
      at: { kind: 'sync.request', nth: 1 },
      narration:
        'A synchronous call: the SDK invokes with InvocationType RequestResponse and keeps the connection open. Whatever happens, a result or an error, comes back in this same request.',
    },
    {
      preset: SYNC,
      at: { kind: 'throttled', nth: 1 },
      narration:
        'This function may run only one environment at a time (reserved concurrency 1), and the first call holds it. The other two calls find no capacity, so Lambda refuses them with 429 TooManyRequestsException before any code runs. Lambda does not retry them: with synchronous invocation, retries are the client’s job.',
      predict: {
        question: 'The first call needs about 1 s of work. When does its caller get the answer?',
        options: [
          {
            id: 'waits',
            label: 'When the function returns: the caller waits for 200 and the result',
          },
          { id: 'at-once', label: 'At once, with 202; the result comes later' },
          { id: 'never', label: 'Never: the caller must look up the result itself' },
        ],
        answer: (run, at) => {
          const first = run.trace.find((e) => e.kind === 'sync.request' && e.t <= at.t)!;
          const reply = firstAfter(
            run,
            at.t,
            (e) => e.kind === 'sync.response' && e.msg === first.msg,
          );
          if (reply === undefined) return 'never';
          return reply.detail?.statusCode === 200 ? 'waits' : 'at-once';
        },
      },
    },
    {
      preset: SYNC,
      at: { kind: 'sync.response', detail: { statusCode: 200 } },
      narration:
        'The first call finishes its 1 s of work and its caller receives 200 with the function’s result, in the very request it opened at time 0. The throttled callers got their 429 straight away and their requests are over.',
      predict: {
        question:
          'At 5 s API Gateway sends three requests together and Lambda throttles two of them. What status code do those two clients receive?',
        options: [
          { id: '429', label: '429 Too Many Requests' },
          { id: '500', label: '500 Internal Server Error' },
          { id: '502', label: '502 Bad Gateway' },
          { id: '200', label: '200 OK, after a retry' },
        ],
        answer: (run, at) =>
          String(
            firstAfter(
              run,
              at.t,
              (e) => e.kind === 'source.response' && e.detail?.statusCode !== 200,
            )!.detail!.statusCode,
          ),
      },
    },
    {
      preset: SYNC,
      at: { kind: 'source.response', nth: 1 },
      narration:
        'Lambda throttles with 429 exactly as before, but API Gateway turns it into 500 Internal Server Error for its own client. The same throttle looks different depending on who called Lambda.',
    },
    {
      preset: ASYNC,
      at: { kind: 'async.accepted', nth: 1 },
      narration:
        'Now an asynchronous call: the caller uses InvocationType Event. Lambda stores the event in its internal queue and answers 202 at once. The caller stops tracking it; it will never see the result.',
    },
    {
      preset: ASYNC,
      at: { kind: 'invoke.end', nth: 1, before: true },
      narration:
        'The first attempt is running, and this function throws on every event. Nobody is waiting for the answer, so the failure will be Lambda’s to deal with.',
      predict: {
        question: 'What does Lambda do with the failed event now?',
        options: [
          { id: 'async.retry', label: 'Schedules a retry for later' },
          { id: 'sync.response', label: 'Sends the error back to the caller' },
          { id: 'fate', label: 'Discards it at once' },
        ],
        answer: (run, at) => run.trace.find((e) => e.seq > at.seq && e.msg === at.msg)!.kind,
      },
    },
    {
      preset: ASYNC,
      at: { kind: 'async.retry', nth: 1 },
      narration:
        'Lambda schedules retry 1 of 2, about a minute later. It retries an asynchronous event up to twice by default (you can choose 0, 1 or 2), so the same event can run more than once: the code must be idempotent.',
    },
    {
      preset: ASYNC,
      at: { kind: 'invoke.start', msg: 0, attempt: 2 },
      narration:
        'The second attempt starts about a minute after the first failure. To sum up: synchronous, the client waits and retries; asynchronous, Lambda queues the event, retries it and, if it keeps failing, can keep it for you. The next lesson follows it there.',
    },
  ],
};
