import { countEvents, fateKindOf } from '../answers';
import type { Lesson } from '../types';

const FANOUT = 'eventbridge-fanout';

export const eventBridge: Lesson = {
  id: 'eventbridge-rules',
  title: 'EventBridge rules and schedules',
  summary:
    'If this happens, or at that time, do that: rules on an event bus match events by pattern or fire on a schedule, and send them to targets. See one event fan out, one match nothing, schedules fire, and a failing target fill its dead-letter queue.',
  steps: [
    {
      preset: FANOUT,
      at: { kind: 'eb.put', nth: 1, before: true },
      narration:
        'EventBridge, the successor of CloudWatch Events, carries events as JSON on buses. Besides the default bus of the account you can create your own, like orders here. Each rule belongs to one bus; this bus has two: big-orders and refunds.',
      predict: {
        question:
          'At 1 s the web shop puts an order worth more than 100 on the bus. How many rules match it?',
        options: ['0', '1', '2'].map((n) => ({ id: n, label: n })),
        answer: (run) => {
          const put = run.trace.find((e) => e.kind === 'eb.put')!;
          return String(countEvents(run, (e) => e.kind === 'eb.matched' && e.msg === put.msg));
        },
      },
    },
    {
      preset: FANOUT,
      at: { kind: 'eb.matched', nth: 1 },
      narration:
        'Every rule compares the event with its own pattern: big-orders matches, refunds does not. The matching rule sends the event to all its targets at once: the function (asynchronously), an SQS queue, a Step Functions workflow, an SNS topic and a log group.',
    },
    {
      preset: FANOUT,
      at: { kind: 'eb.target-failed', nth: 2 },
      narration:
        'Two deliveries fail. The SNS topic refuses with NO_PERMISSIONS, which is not worth retrying: the event goes straight to that target’s dead-letter queue. The workflow throttles (THROTTLING) for its first 10 s.',
      predict: {
        question: 'What becomes of the event for the throttling workflow?',
        options: [
          { id: 'delivered', label: 'Delivered in the end, after retries that back off' },
          { id: 'dlq', label: 'Sent to the target’s dead-letter queue' },
          { id: 'dropped', label: 'Dropped after one try' },
        ],
        answer: (run) => {
          const failed = run.trace.find(
            (e) => e.kind === 'eb.target-failed' && e.detail?.errorCode === 'THROTTLING',
          )!;
          return fateKindOf(run, failed.msg);
        },
      },
    },
    {
      preset: FANOUT,
      at: { kind: 'eb.put', nth: 2, before: true },
      narration:
        'EventBridge keeps retrying the workflow, waiting longer each time: 1 s, then 2, then 4, and now 8 s. Meanwhile, at 15 s, a kiosk will put a small order, worth less than 100, on the same bus.',
      predict: {
        question: 'What happens to the small order?',
        options: [
          { id: 'routed', label: 'big-orders matches it anyway' },
          { id: 'unmatched', label: 'No rule matches, so nothing happens' },
          { id: 'rejected', label: 'The bus rejects it with an error' },
        ],
        answer: (run) => {
          const put = run.trace.filter((e) => e.kind === 'eb.put')[1]!;
          return fateKindOf(run, put.msg);
        },
      },
    },
    {
      preset: FANOUT,
      at: { kind: 'eb.not-matched', nth: 2 },
      narration:
        'No rule matches, and that is not an error: the event simply goes nowhere. A rule acts only on the events its pattern selects.',
    },
    {
      preset: FANOUT,
      at: { kind: 'eb.delivered', detail: { target: 'fulfil' } },
      narration:
        'And the workflow’s event: EventBridge retried it after 1, 2, 4 and 8 s, and the delivery succeeds at 16 s. By default EventBridge keeps trying a target for up to 24 hours and 185 attempts.',
    },
    {
      preset: 'eventbridge-schedule',
      at: { kind: 'eb.scheduled', nth: 1 },
      narration:
        'A rule can run on a schedule instead of a pattern. rate(5 minutes) fires every five minutes and invokes the cleanup function asynchronously, with no event needed. This scenario starts at 09:02 UTC.',
      predict: {
        question: 'A second rule uses cron(0/15 * * * ? *). When does it fire first?',
        options: [
          { id: '13', label: 'At 09:15 UTC, 13 minutes in' },
          { id: '15', label: 'At 09:17 UTC, 15 minutes after the start' },
          { id: '0', label: 'At once, at 09:02 UTC' },
        ],
        answer: (run) => {
          const fired = run.trace.find(
            (e) => e.kind === 'eb.scheduled' && e.detail?.rule === 'quarter-hours',
          )!;
          return String(fired.t / 60_000);
        },
      },
    },
    {
      preset: 'eventbridge-schedule',
      at: { kind: 'eb.scheduled', detail: { rule: 'quarter-hours' } },
      narration:
        'A cron schedule follows the clock in UTC: 0/15 in the minutes field means minutes 0, 15, 30 and 45 of every hour, so the first firing is 09:15. A rate schedule counts from when the rule was created.',
    },
    {
      preset: 'eventbridge-target-dlq',
      at: { kind: 'eb.target-failed', nth: 1 },
      narration:
        'An EC2 state change matches a rule whose SQS target keeps timing out. This target allows at most 4 retries (MaximumRetryAttempts) and has a dead-letter queue of its own.',
      predict: {
        question: 'Where does the event end up?',
        options: [
          { id: 'dlq', label: 'In the target’s dead-letter queue' },
          { id: 'delivered', label: 'Delivered, after more retries' },
          { id: 'dropped', label: 'Dropped' },
        ],
        answer: (run, at) => fateKindOf(run, at.msg),
      },
    },
    {
      preset: 'eventbridge-target-dlq',
      at: { kind: 'eb.dlq', nth: 1 },
      narration:
        'After the fourth retry EventBridge gives up and puts the event in the target’s dead-letter queue, with the rule, the target and the error code as message attributes. Without a DLQ it would have been dropped.',
    },
  ],
};
