import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../src/engine';
import type { CoreTraceKind } from '../../src/engine/types';
import {
  describeEvent,
  formatDuration,
  formatSpeed,
  formatTime,
  messageLabel,
} from '../../src/view';
import { first, presetRun } from './helpers';

describe('describeEvent on the async-retries preset', () => {
  const run = presetRun('async-retries');
  const say = (e: TraceEvent) => describeEvent(e, run);

  it('tells the story of the first event in plain words', () => {
    const lines = run.trace.filter((e) => e.msg === 0).map(say);
    expect(lines).toEqual([
      'Event accepted (202) and queued for the function',
      'Cold start: environment 0 initialises $LATEST (250 ms)',
      'Attempt 1 starts in environment 0 after Init',
      'Attempt 1 failed after 800 ms: Simulated handler error',
      'Retry 1 of 2 in 60 s: the function threw',
      'Warm start: attempt 2 runs in environment 0',
      'Attempt 2 failed after 800 ms: Simulated handler error',
      'Retry 2 of 2 in 120 s: the function threw',
      'Warm start: attempt 3 runs in environment 0',
      'Attempt 3 failed after 800 ms: Simulated handler error',
      'Retries exhausted after 3 attempts',
      'Sent to dead-letter queue resize-dlq (SQS)',
      'Outcome: in the dead-letter queue',
    ]);
  });
});

describe('describeEvent on the synchronous presets', () => {
  it('names the throttle and what the caller receives', () => {
    const run = presetRun('sync-throttle');
    expect(describeEvent(first(run, 'throttled'), run)).toBe(
      '429 TooManyRequests: reserved concurrency reached',
    );
    expect(describeEvent(first(run, 'sync.request'), run)).toBe(
      'API clients invokes synchronously (RequestResponse) and waits',
    );
    expect(describeEvent(first(run, 'sync.response', 1), run)).toBe(
      'API clients receives 429 TooManyRequests and stops',
    );
    expect(describeEvent(first(run, 'sync.response', 0), run)).toBe(
      'API clients receives 200 with the result',
    );
    expect(describeEvent(first(run, 'fate', 1), run)).toBe(
      'Outcome: throttled, the caller got 429',
    );
  });

  it('names provisioned environments, alias routing and spillover', () => {
    const run = presetRun('provisioned-spillover');
    expect(describeEvent(first(run, 'env.provisioned'), run)).toBe(
      'Provisioned environment 0 ready for live (Init 1.5 s done ahead of time)',
    );
    expect(describeEvent(first(run, 'alias.routed'), run)).toBe('Alias live points to version 1');
    expect(describeEvent(first(run, 'invoke.start', 0), run)).toBe(
      'Attempt 1 starts in provisioned environment 1 (warm)',
    );
    expect(describeEvent(first(run, 'env.init'), run)).toBe(
      'Spillover cold start: environment 2 initialises 1 (1.5 s)',
    );
  });
});

describe('describeEvent covers every kind', () => {
  const run = presetRun('async-retries');
  const base = {
    seq: 0,
    t: 0,
    msg: 0,
    attempt: 1,
    from: 'uploads',
    to: 'lambda',
    env: 3,
    version: '2',
  } as const;
  // A Record over TraceKind: adding a kind to the engine breaks this file until it has a sample.
  // Lambda's and EventBridge's own kinds; each source family's sentences are tested beside it.
  const samples: Record<CoreTraceKind, Omit<TraceEvent, keyof typeof base | 'kind'>> = {
    'sync.request': { rule: 'sync.request', detail: null },
    'async.accepted': { rule: 'async.accepted', detail: { statusCode: 202 } },
    'async.duplicate': { rule: 'async.duplicate', detail: { duplicateOf: 4 } },
    'dryrun.accepted': { rule: 'invoke.dry-run', detail: { statusCode: 204 } },
    'alias.routed': { rule: 'alias.weighted', detail: { qualifier: 'live', weight: 0.1 } },
    'env.provisioned': { rule: 'env.provisioned', detail: { initMs: 250, qualifier: 'live' } },
    'env.init': { rule: 'env.reset', detail: { initMs: 250, initReason: 'reset' } },
    'invoke.start': { rule: 'env.warm-start', detail: { warm: true, provisioned: false } },
    'invoke.end': {
      rule: 'sync.timeout',
      detail: { outcome: 'timeout', durationMs: 3000, errorType: 'Sandbox.Timedout' },
    },
    throttled: { rule: 'concurrency.account', detail: { statusCode: 429 } },
    'service.error': {
      rule: 'invoke.service-error',
      detail: { statusCode: 500, reason: 'ServiceException' },
    },
    'invoke.too-large': {
      rule: 'invoke.payload-limit-async',
      detail: { statusCode: 413, sizeBytes: 2_097_152, limitBytes: 1_048_576 },
    },
    'sync.response': {
      rule: 'sync.function-error',
      detail: { statusCode: 200, functionError: 'Unhandled', errorMessage: 'boom' },
    },
    'caller.retry': {
      rule: 'caller.sdk-retry',
      detail: { delayMs: 37, retryNumber: 1, maxRetries: 2 },
    },
    'async.retry': { rule: 'async.retry-throttle', detail: { cause: 'throttle', delayMs: 2000 } },
    'async.expired': { rule: 'async.max-event-age', detail: { ageMs: 3_600_000 } },
    'async.exhausted': { rule: 'async.retries-exhausted', detail: { maxRetries: 0 } },
    'dlq.sent': { rule: 'async.dlq', detail: { target: 'orders-dlq', targetType: 'sns' } },
    'destination.sent': {
      rule: 'async.destination',
      detail: { destination: 'onFailure', target: 'failures', targetType: 'eventbridge' },
    },
    'dlq.failed': {
      rule: 'async.dlq-delivery-failed',
      detail: { target: 'orders-dlq', targetType: 'sqs' },
    },
    'destination.failed': {
      rule: 'async.destination-delivery-failed',
      detail: { destination: 'onSuccess', target: 'done', targetType: 'sqs' },
    },
    'env.reclaimed': { rule: 'env.idle-reclaim', detail: null },
    'env.retired': { rule: 'env.max-lifetime', detail: null },
    'env.recycled': { rule: 'env.provisioned-recycle', detail: null },
    'eb.put': {
      rule: 'eb.put-events',
      detail: { bus: 'orders', source: 'com.example.orders', detailType: 'OrderPlaced' },
    },
    'eb.rejected': { rule: 'eb.entry-size', detail: { sizeBytes: 300_000, limitBytes: 262_144 } },
    'eb.archived': { rule: 'eb.archive', detail: { bus: 'orders' } },
    'scheduler.fired': {
      rule: 'scheduler.schedule',
      detail: {
        schedule: 'nightly',
        localTime: '2027-03-15 02:30',
        timezone: 'America/New_York',
        windowDelayMs: 0,
      },
    },
    'scheduler.skipped': {
      rule: 'scheduler.daylight-saving',
      detail: { schedule: 'nightly', localTime: '2027-03-14 02:30', timezone: 'America/New_York' },
    },
    'scheduler.delivered': { rule: 'scheduler.lambda-async', detail: { schedule: 'nightly' } },
    'scheduler.target-failed': {
      rule: 'scheduler.retry-policy',
      detail: { schedule: 'nightly', errorCode: 'THROTTLING', retriable: true },
    },
    'scheduler.retry': {
      rule: 'scheduler.retry-policy',
      detail: { delayMs: 2_000, retryNumber: 2, maxRetries: 3 },
    },
    'scheduler.dlq': { rule: 'scheduler.dlq', detail: { schedule: 'nightly', target: 'missed' } },
    'scheduler.dropped': { rule: 'scheduler.dropped', detail: { schedule: 'nightly' } },
    'eb.scheduled': { rule: 'eb.schedule', detail: { rule: 'nightly' } },
    'eb.replayed': {
      rule: 'eb.replay',
      detail: { replayName: 'fix-1', bus: 'default', detailType: 'OrderPlaced' },
    },
    'eb.matched': { rule: 'eb.rule-pattern', detail: { rule: 'big-orders' } },
    'eb.not-matched': { rule: 'eb.rule-no-match', detail: { rule: 'refunds' } },
    'eb.delivered': { rule: 'eb.targets', detail: { target: 'audit', targetType: 'sqs' } },
    'eb.target-failed': {
      rule: 'eb.non-retriable',
      detail: { target: 'alerts', errorCode: 'NO_PERMISSIONS', retriable: false },
    },
    'eb.retry': {
      rule: 'eb.retry-policy',
      detail: { delayMs: 4_000, retryNumber: 3, maxRetries: 185 },
    },
    'eb.dlq': { rule: 'eb.dlq', detail: { target: 'eb-dlq' } },
    'eb.dropped': { rule: 'eb.dropped', detail: { errorCode: 'THROTTLING' } },
    'loop.write': { rule: 'recursion.allow', detail: { service: 'sns', loopCount: 17 } },
    'loop.stopped': {
      rule: 'recursion.sqs-sns',
      detail: { queue: 'jobs', loopCount: 16, deadLetterQueue: 'jobs-dlq' },
    },
    fate: { rule: 'async.dropped', detail: { fate: 'dropped' } },
  };
  const expected: Record<CoreTraceKind, string> = {
    'sync.request': 'S3 uploads invokes synchronously (RequestResponse) and waits',
    'async.accepted': 'Event accepted (202) and queued for the function',
    'async.duplicate': 'Duplicate delivery: the queue hands out #5 a second time',
    'dryrun.accepted': 'DryRun answered 204: request and permission checked, no code runs',
    'alias.routed': 'Routed to version 2 (10% weight)',
    'env.provisioned': 'Provisioned environment 3 ready for live (Init 250 ms done ahead of time)',
    'env.init': 'Environment 3 restarts its runtime after a crash or timeout: Init again (250 ms)',
    'invoke.start': 'Warm start: attempt 1 runs in environment 3',
    'invoke.end': 'Attempt 1 timed out after 3 s',
    throttled: '429 TooManyRequests: account concurrency limit reached',
    'service.error': '500 ServiceException: Lambda failed the request before any code ran',
    'invoke.too-large':
      '413 RequestTooLargeException: the request is 2 MB, over the 1 MB limit for Event invocations; nothing runs and nothing is retried',
    'sync.response': 'lambda receives 200 with X-Amz-Function-Error: boom',
    'caller.retry': 'S3 uploads retries in 37 ms (SDK retry 1 of 2) after a 429',
    'async.retry': 'Throttled: back to the queue, next try in 2 s (no retry used up)',
    'async.expired': 'Event expired after 1 h: older than the maximum event age',
    'async.exhausted': 'Retries exhausted after 1 attempt',
    'dlq.sent': 'Sent to dead-letter queue orders-dlq (SNS)',
    'destination.sent': 'Invocation record sent to on-failure destination failures (EventBridge)',
    'dlq.failed':
      'Dead-letter queue orders-dlq cannot be reached: the event is lost (DeadLetterErrors metric)',
    'destination.failed':
      'On-success destination done cannot be reached: the record is lost (DestinationDeliveryFailures metric)',
    'env.reclaimed': 'Idle environment 3 shut down',
    'env.retired': 'Environment 3 retired: it reached its maximum lifetime',
    'env.recycled': 'Provisioned environment 3 replaced by a fresh one',
    'eb.put': 'S3 uploads puts event "OrderPlaced" (source com.example.orders) on the bus orders',
    'eb.rejected':
      'PutEvents refused the entry: 293 KB (source, detail-type, detail and resources) is over the 256 KB limit',
    'eb.archived': 'Event stored in archive lambda',
    'scheduler.fired':
      'Schedule nightly fires for 2027-03-15 02:30 America/New_York: it invokes the function asynchronously',
    'scheduler.skipped':
      'Schedule nightly skips 2027-03-14 02:30 America/New_York: that time does not exist, the clocks sprang forward',
    'scheduler.delivered':
      "Lambda accepts schedule nightly's invocation (202): from here on it is an asynchronous event",
    'scheduler.target-failed': 'Schedule nightly could not invoke the function: THROTTLING',
    'scheduler.retry': 'EventBridge Scheduler retries in 2 s (retry 2 of up to 3)',
    'scheduler.dlq': "Sent to schedule nightly's dead-letter queue missed (SQS)",
    'scheduler.dropped':
      'EventBridge Scheduler gives up and drops the invocation: no dead-letter queue',
    'eb.scheduled': 'Schedule fires: rule nightly sends a "Scheduled Event"',
    'eb.replayed': 'Replay fix-1 puts archived event "OrderPlaced" back on the default bus',
    'eb.matched': 'Rule big-orders matches the event',
    'eb.not-matched': 'Rule refunds does not match the event',
    'eb.delivered': 'Delivered to SQS target audit',
    'eb.target-failed': 'Delivery to target alerts failed: NO_PERMISSIONS (not retried)',
    'eb.retry': 'EventBridge retries in 4 s (retry 3 of up to 185)',
    'eb.dlq': "Sent to the target's dead-letter queue eb-dlq (SQS)",
    'eb.dropped': 'EventBridge gives up and drops the event: no dead-letter queue',
    'loop.write':
      'The function writes the event back to the topic that invoked it: this event has invoked it 17 times; RecursiveLoop is Allow, so Lambda lets the loop go on',
    'loop.stopped':
      'Recursive loop detected: the same event has invoked the function 16 times, so Lambda stops it (RecursiveInvocationException, counted in RecursiveInvocationsDropped); the message moves to dead-letter queue jobs-dlq',
    fate: 'Outcome: discarded and lost',
  };

  for (const kind of Object.keys(samples) as CoreTraceKind[]) {
    it(kind, () => {
      const e: TraceEvent = { ...base, kind, ...samples[kind] };
      expect(describeEvent(e, run)).toBe(expected[kind]);
    });
  }
});

describe('formatting', () => {
  it('formats simulated time as m:ss.mmm under an hour and h:mm:ss.mmm from an hour on', () => {
    expect(formatTime(0)).toBe('0:00.000');
    expect(formatTime(100)).toBe('0:00.100');
    expect(formatTime(62_350)).toBe('1:02.350');
    expect(formatTime(182_750)).toBe('3:02.750');
    expect(formatTime(600_000)).toBe('10:00.000');
    expect(formatTime(3_599_999)).toBe('59:59.999');
    expect(formatTime(3_600_000)).toBe('1:00:00.000');
    expect(formatTime(3_723_004)).toBe('1:02:03.004');
    expect(formatTime(90_000_000)).toBe('25:00:00.000');
    expect(formatTime(-5)).toBe('0:00.000');
    expect(formatTime(1.6)).toBe('0:00.002');
  });

  it('formats durations in the unit people think in', () => {
    expect(formatDuration(250)).toBe('250 ms');
    expect(formatDuration(1500)).toBe('1.5 s');
    expect(formatDuration(60_000)).toBe('60 s');
    expect(formatDuration(120_000)).toBe('120 s');
    expect(formatDuration(900_000)).toBe('15 min');
    expect(formatDuration(21_600_000)).toBe('6 h');
  });

  it('numbers messages from 1 for people', () => {
    expect(messageLabel(0)).toBe('#1');
    expect(messageLabel(41)).toBe('#42');
    expect(messageLabel(-1)).toBe('');
  });

  it('formats speed', () => {
    expect(formatSpeed(1)).toBe('1×');
    expect(formatSpeed(0.5)).toBe('0.5×');
    expect(formatSpeed(0.015625)).toBe('0.0156×');
    expect(formatSpeed(100)).toBe('100×');
  });
});
