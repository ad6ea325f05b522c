import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/scenario';
import { events, run, times } from '../helpers';
import { fateTimes, from, invocationFates, only, serviceFates } from './helpers';

const failing = { behaviour: { duration: { kind: 'fixed' as const, ms: 100 }, errorRate: 1 } };

describe('CloudFormation custom resources', () => {
  it('completes the resource when the function PUTs SUCCESS (after Lambda’s async hop)', () => {
    const r = run({ workloads: [from({ service: 'cloudformation' })] });
    expect(only(r, 'source.invoke').detail?.invocationType).toBe('Event');
    expect(only(r, 'source.report').detail?.report).toBe('SUCCESS');
    expect(fateTimes(r.fates)).toEqual([
      [450, 'resource-succeeded'],
      [450, 'succeeded'],
    ]);
    expect((r.messages[0]!.payload as { RequestType: string }).RequestType).toBe('Create');
    // The answered 1-hour deadline is cancelled: the run ends when the idle environment is
    // reclaimed (10 minutes after its last use), not at 3,600 s.
    expect(r.endTime).toBe(r.trace.at(-1)!.t);
    expect(r.trace.at(-1)!.kind).toBe('env.reclaimed');
    expect(r.endTime).toBeLessThan(3_600_000);
  });

  it('fails the stack after 3,600 s when the function returns without answering', () => {
    const r = run({
      durationMs: 4_000_000,
      workloads: [from({ service: 'cloudformation', response: 'none', requestType: 'Update' })],
    });
    expect(only(r, 'source.timeout').detail?.limitMs).toBe(3_600_000);
    expect(fateTimes(r.fates)).toEqual([
      [3_600_000, 'stack-timed-out'],
      [450, 'succeeded'],
    ]);
    expect(only(r, 'source.response').detail?.answer).toBe(
      'no response within 3,600 s: the custom resource fails and the stack rolls back',
    );
    expect((r.messages[0]!.payload as { RequestType: string }).RequestType).toBe('Update');
  });

  it('waits through Lambda’s retries of a failing function, then fails at its ServiceTimeout', () => {
    const r = run({
      function: failing,
      workloads: [from({ service: 'cloudformation', serviceTimeoutSeconds: 300 })],
    });
    expect(times(r, 'invoke.start')).toEqual([350, 60_450, 180_550]);
    expect(events(r, 'source.report')).toHaveLength(0);
    expect(fateTimes(r.fates)).toEqual([
      [300_000, 'stack-timed-out'],
      [180_650, 'dropped'],
    ]);
  });

  it('rolls back on FAILED', () => {
    const r = run({ workloads: [from({ service: 'cloudformation', response: 'FAILED' })] });
    expect(only(r, 'source.report').detail?.report).toBe('FAILED');
    expect(fateTimes(serviceFates(r))).toEqual([[450, 'resource-failed']]);
  });
});

describe('CodePipeline invoke actions', () => {
  it('succeeds only on PutJobSuccessResult, fails on PutJobFailureResult', () => {
    const ok = run({ workloads: [from({ service: 'codepipeline' })] });
    expect(only(ok, 'source.report').detail?.report).toBe('PutJobSuccessResult');
    expect(fateTimes(serviceFates(ok))).toEqual([[450, 'job-succeeded']]);
    const bad = run({ workloads: [from({ service: 'codepipeline', result: 'failure' })] });
    expect(only(bad, 'source.report').detail?.report).toBe('PutJobFailureResult');
    expect(fateTimes(serviceFates(bad))).toEqual([[450, 'job-failed']]);
  });

  it('times the action out after 20 minutes without a result', () => {
    const r = run({ workloads: [from({ service: 'codepipeline', result: 'none' })] });
    expect(fateTimes(r.fates)).toEqual([
      [1_200_000, 'action-timed-out'],
      [450, 'succeeded'],
    ]);
    expect(only(r, 'fate', 0).rule).toBe('push.codepipeline.timeout');
  });
});

describe('AWS Config custom rules', () => {
  it('records the evaluation the function sends with PutEvaluations', () => {
    const r = run({ workloads: [from({ service: 'config', evaluation: 'NON_COMPLIANT' })] });
    expect(only(r, 'source.report').detail?.report).toBe('PutEvaluations: NON_COMPLIANT');
    expect(fateTimes(serviceFates(r))).toEqual([[450, 'evaluated']]);
  });

  it('records nothing when the function never calls PutEvaluations, or never succeeds', () => {
    const silent = run({ workloads: [from({ service: 'config', evaluation: 'none' })] });
    expect(fateTimes(serviceFates(silent))).toEqual([[450, 'not-evaluated']]);
    const broken = run({ function: failing, workloads: [from({ service: 'config' })] });
    expect(fateTimes(serviceFates(broken))).toEqual([[180_650, 'not-evaluated']]);
    expect(fateTimes(invocationFates(broken))).toEqual([[180_650, 'dropped']]);
  });

  it('runs a periodic rule every frequencyHours from its first evaluation', () => {
    const r = run({
      durationMs: 3 * 3_600_000 - 1,
      workloads: [from({ service: 'config', trigger: 'periodic', frequencyHours: 1 })],
    });
    expect(times(r, 'source.event')).toEqual([0, 3_600_000, 7_200_000]);
    const invoking = JSON.parse(
      (r.messages[0]!.payload as { invokingEvent: string }).invokingEvent,
    );
    expect(invoking.messageType).toBe('ScheduledNotification');
    expect(serviceFates(r).map((f) => f.kind)).toEqual(['evaluated', 'evaluated', 'evaluated']);
  });

  it('refuses a periodic rule with more than one start time', () => {
    const p = parseScenario({
      version: 1,
      workloads: [
        {
          id: 'rule',
          arrivals: { kind: 'constant', ratePerSecond: 1, durationMs: 10_000 },
          source: { service: 'config', trigger: 'periodic' },
        },
      ],
    });
    expect(p.ok || p.errors).toEqual([
      {
        path: 'workloads.0.arrivals',
        message:
          'a periodic rule runs every 24 h from its first evaluation: give arrivals as { "kind": "single", "atMs": [start] }',
      },
    ]);
  });
});
