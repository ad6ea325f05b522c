import { describe, expect, it } from 'vitest';
import { snsRetryDelayMs, SNS_MAX_RETRIES } from '../../../src/engine/push/sns-policy';
import { events, run, times } from '../helpers';
import { fateTimes, from, invocationFates, only, serviceFates } from './helpers';

const asyncFrom = (source: Parameters<typeof from>[0], atMs = [0], id = 'src') => ({
  ...from(source, atMs, id),
  invocationType: 'Event' as const,
});

describe('S3 event notifications', () => {
  it('hands each event to Lambda’s async queue after its own delay, so events overtake each other', () => {
    const r = run({
      seed: 3,
      workloads: [
        asyncFrom(
          { service: 's3', deliveryDelayMs: { minMs: 0, maxMs: 5_000 } },
          [0, 100, 200, 300, 400],
        ),
      ],
    });
    // Uploads are messages 0–4 in upload order; Lambda receives them as 2, 5, 1, 4, 3.
    expect(events(r, 'source.invoke').map((e) => [e.t, r.messages[e.msg]!.parent])).toEqual([
      [1_084, 1],
      [1_654, 4],
      [3_374, 0],
      [3_464, 3],
      [4_481, 2],
    ]);
    expect(serviceFates(r).map((f) => [f.msg, f.t, f.kind])).toEqual([
      [0, 3_374, 'accepted'],
      [1, 1_084, 'accepted'],
      [2, 4_481, 'accepted'],
      [3, 3_464, 'accepted'],
      [4, 1_654, 'accepted'],
    ]);
    // From the 202 on it is Lambda's own asynchronous event: first attempt 100 ms later.
    expect(events(r, 'async.accepted').map((e) => e.t)).toEqual([
      1_084, 1_654, 3_374, 3_464, 4_481,
    ]);
    expect(times(r, 'env.init')[0]).toBe(1_184);
  });

  it('makes a late event wait 60–120 s', () => {
    const r = run({
      workloads: [asyncFrom({ service: 's3', lateRate: 1 })],
    });
    const t = only(r, 'source.invoke').t;
    expect(t).toBeGreaterThanOrEqual(60_000);
    expect(t).toBeLessThanOrEqual(120_000);
  });

  it('sends an event twice at least once: two invocations for one upload', () => {
    const r = run({
      workloads: [
        asyncFrom({
          service: 's3',
          duplicateRate: 1,
          deliveryDelayMs: { minMs: 1_000, maxMs: 1_000 },
        }),
      ],
    });
    expect(only(r, 'source.duplicate').detail?.duplicateOf).toBe(0);
    expect(r.messages[1]!.duplicateOf).toBe(0);
    expect(fateTimes(serviceFates(r))).toEqual([
      [1_000, 'accepted'],
      [1_000, 'accepted'],
    ]);
    expect(events(r, 'invoke.start')).toHaveLength(2);
  });

  it('leaves function errors to Lambda: retries 60 s and 120 s later, not S3’s', () => {
    const r = run({
      function: { behaviour: { duration: { kind: 'fixed', ms: 100 }, errorRate: 1 } },
      workloads: [asyncFrom({ service: 's3', deliveryDelayMs: { minMs: 1_000, maxMs: 1_000 } })],
    });
    expect(times(r, 'invoke.start')).toEqual([1_350, 61_450, 181_550]);
    expect(events(r, 'source.retry')).toHaveLength(0);
    expect(fateTimes(r.fates)).toEqual([
      [1_000, 'accepted'],
      [181_650, 'dropped'],
    ]);
  });

  it('uses the catalog’s sample event for the payload', () => {
    const r = run({ workloads: [asyncFrom({ service: 's3' })] });
    const p = r.messages[0]!.payload as { Records: Array<{ eventSource: string }> };
    expect(p.Records[0]!.eventSource).toBe('aws:s3');
  });
});

describe('SNS', () => {
  it('counts a message delivered once Lambda accepts it (202)', () => {
    const r = run({ workloads: [asyncFrom({ service: 'sns' })] });
    expect(fateTimes(r.fates)).toEqual([
      [0, 'accepted'],
      [450, 'succeeded'],
    ]);
    expect(only(r, 'fate', 0).rule).toBe('push.sns.delivered');
  });

  it('retries an unreachable Lambda on its policy: first retries at 0, 0, 0, 1,000, 2,000 ms', () => {
    const r = run({
      workloads: [asyncFrom({ service: 'sns', unavailable: { fromMs: 0, untilMs: 10_000 } })],
    });
    const retries = events(r, 'source.retry');
    // Retry n is tried at the time its delay runs out: the list is cumulative.
    let t = 0;
    const retryTimes = retries.map((e) => (t += e.detail!.delayMs!));
    expect(retryTimes).toEqual([0, 0, 0, 1_000, 2_000, 3_000, 4_395, 6_341, 9_055, 12_841]);
    expect(events(r, 'service.error')).toHaveLength(10);
    // The eleventh try, at 12,841 ms, is after the outage: Lambda accepts it.
    expect(fateTimes(serviceFates(r))).toEqual([[12_841, 'accepted']]);
    expect(retries.every((e) => e.rule === 'push.sns.server-retries')).toBe(true);
  });

  it('follows the documented schedule: 100,015 retries over about 23 days', () => {
    const delays = Array.from({ length: SNS_MAX_RETRIES }, (_, i) => snsRetryDelayMs(i + 1)!);
    expect(delays.slice(0, 16)).toEqual([
      0, 0, 0, 1_000, 1_000, 1_000, 1_395, 1_946, 2_714, 3_786, 5_282, 7_368, 10_278, 14_337,
      20_000, 20_000,
    ]);
    expect(snsRetryDelayMs(SNS_MAX_RETRIES + 1)).toBeUndefined();
    const total = delays.reduce((a, b) => a + b, 0);
    expect(total).toBe(2_000_070_106);
    expect(total / 86_400_000).toBeCloseTo(23.15, 2);
  });
});

describe('the other asynchronous senders', () => {
  it.each([
    ['cloudwatch-logs', 'push.logs.subscription'],
    ['codecommit', 'push.codecommit.trigger'],
    ['iot', 'push.iot.rule'],
    ['iot-events', 'push.iot-events.action'],
    ['ses', 'push.ses.event'],
  ] as const)('%s invokes with Event and is done at the 202', (service, rule) => {
    const r = run({ workloads: [asyncFrom({ service } as Parameters<typeof from>[0])] });
    expect(only(r, 'source.invoke').detail?.invocationType).toBe('Event');
    expect(fateTimes(serviceFates(r))).toEqual([[0, 'accepted']]);
    expect(only(r, 'fate', 0).rule).toBe(rule);
    expect(fateTimes(invocationFates(r))).toEqual([[450, 'succeeded']]);
    expect(r.messages[1]!.path).toBe('async');
  });

  it('CloudWatch Logs sends awslogs.data; SES marks its Lambda action as Event', () => {
    const logs = run({ workloads: [asyncFrom({ service: 'cloudwatch-logs' })] });
    expect(Object.keys((logs.messages[0]!.payload as { awslogs: object }).awslogs)).toEqual([
      'data',
    ]);
    const ses = run({ workloads: [asyncFrom({ service: 'ses' })] });
    const action = (
      ses.messages[0]!.payload as {
        Records: Array<{ ses: { receipt: { action: { invocationType: string } } } }>;
      }
    ).Records[0]!.ses.receipt.action;
    expect(action.invocationType).toBe('Event');
  });

  it('Step Functions with InvocationType Event moves on once Lambda accepts the event', () => {
    const r = run({
      function: { behaviour: { duration: { kind: 'fixed', ms: 100 }, errorRate: 1 } },
      workloads: [asyncFrom({ service: 'step-functions', invocationType: 'Event' })],
    });
    expect(fateTimes(serviceFates(r))).toEqual([[0, 'accepted']]);
    expect(only(r, 'fate', 0).rule).toBe('push.step-functions.task');
  });
});
