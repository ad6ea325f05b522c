import { describe, expect, it } from 'vitest';
import { events, run, times } from '../helpers';
import { fateTimes, from, invocationFates, only, serviceFates } from './helpers';

const fixed = (ms: number, errorRate = 0, timeoutSeconds = 10) => ({
  timeoutSeconds,
  behaviour: { duration: { kind: 'fixed' as const, ms }, errorRate },
});

describe('Cognito user pool triggers', () => {
  it('gives each attempt 5 s: a 6 s trigger is called 3 times (0, 5,000, 10,000 ms), then the sign-up fails at 15,000 ms', () => {
    const r = run({ function: fixed(6_000), workloads: [from({ service: 'cognito' })] });
    expect(events(r, 'source.invoke').map((e) => [e.t, e.attempt])).toEqual([
      [0, 1],
      [5_000, 2],
      [10_000, 3],
    ]);
    expect(times(r, 'source.timeout')).toEqual([5_000, 10_000, 15_000]);
    expect(
      events(r, 'source.retry').map((e) => [e.t, e.detail?.delayMs, e.detail?.reason]),
    ).toEqual([
      [5_000, 0, 'gave-up'],
      [10_000, 0, 'gave-up'],
    ]);
    expect(fateTimes(serviceFates(r))).toEqual([[15_000, 'operation-failed']]);
    expect(only(r, 'fate', 0).rule).toBe('push.cognito.attempts');
    // The slow invocations all run to their end; the first one overlaps the second.
    expect(fateTimes(invocationFates(r))).toEqual([
      [6_250, 'abandoned'],
      [11_250, 'abandoned'],
      [16_000, 'abandoned'],
    ]);
    expect(events(r, 'env.init').map((e) => [e.t, e.env])).toEqual([
      [0, 0],
      [5_000, 1],
    ]);
  });

  it('does not retry an error the trigger returns: the user gets UserLambdaValidationException', () => {
    const r = run({ function: fixed(100, 1), workloads: [from({ service: 'cognito' })] });
    expect(events(r, 'source.invoke')).toHaveLength(1);
    expect(only(r, 'source.response').detail?.answer).toBe(
      'UserLambdaValidationException: PreSignUp failed with error Simulated handler error',
    );
    expect(fateTimes(r.fates)).toEqual([
      [350, 'operation-failed'],
      [350, 'function-error'],
    ]);
  });

  it('retries throttles at once and fails the call after the third', () => {
    const r = run({
      function: { reservedConcurrency: 0 },
      workloads: [from({ service: 'cognito', triggerSource: 'PreAuthentication_Authentication' })],
    });
    expect(events(r, 'throttled')).toHaveLength(3);
    expect(fateTimes(serviceFates(r))).toEqual([[0, 'operation-failed']]);
    expect(only(r, 'source.response').detail?.answer).toBe(
      'PreAuthentication failed: no answer from the trigger after 3 attempts',
    );
    expect((r.messages[0]!.payload as { triggerSource: string }).triggerSource).toBe(
      'PreAuthentication_Authentication',
    );
  });
});

describe('Amazon Connect', () => {
  it('retries a failing call at once, up to 3 times, then takes the Error branch', () => {
    const r = run({
      function: fixed(1_000, 1),
      workloads: [from({ service: 'connect', timeoutSeconds: 8 })],
    });
    expect(times(r, 'invoke.start')).toEqual([250, 1_250, 2_250, 3_250]);
    expect(events(r, 'source.retry').map((e) => [e.t, e.detail?.retryNumber])).toEqual([
      [1_250, 1],
      [2_250, 2],
      [3_250, 3],
    ]);
    expect(fateTimes(serviceFates(r))).toEqual([[4_250, 'error-branch']]);
    expect(only(r, 'fate', 0).rule).toBe('push.connect.retries');
  });

  it('takes the Error branch when the block’s timeout passes, however many retries are left', () => {
    const r = run({
      function: fixed(3_000, 1),
      workloads: [from({ service: 'connect', timeoutSeconds: 8 })],
    });
    expect(times(r, 'invoke.start')).toEqual([250, 3_250, 6_250]);
    expect(only(r, 'source.timeout').t).toBe(8_000);
    expect(fateTimes(serviceFates(r))).toEqual([[8_000, 'error-branch']]);
    expect(fateTimes(invocationFates(r))).toEqual([
      [3_250, 'function-error'],
      [6_250, 'function-error'],
      [9_250, 'abandoned'],
    ]);
  });

  it('waits 3 s by default', () => {
    const r = run({ function: fixed(4_000), workloads: [from({ service: 'connect' })] });
    expect(fateTimes(serviceFates(r))).toEqual([[3_000, 'error-branch']]);
  });
});

describe('Lex and Alexa', () => {
  it('Lex answers 429 for a throttle and 424 for a failing code hook', () => {
    const throttled = run({
      function: { reservedConcurrency: 0 },
      workloads: [from({ service: 'lex' })],
    });
    expect(fateTimes(serviceFates(throttled))).toEqual([[0, 'http-429']]);
    const failing = run({ function: fixed(100, 1), workloads: [from({ service: 'lex' })] });
    expect(only(failing, 'source.response').detail).toMatchObject({
      statusCode: 424,
      answer: '424 DependencyFailedException: the code hook failed',
    });
    expect((failing.messages[0]!.payload as { invocationSource: string }).invocationSource).toBe(
      'FulfillmentCodeHook',
    );
  });

  it('Alexa speaks the answer, or says the skill had a problem', () => {
    const failing = run({ function: fixed(100, 1), workloads: [from({ service: 'alexa' })] });
    expect(fateTimes(serviceFates(failing))).toEqual([[350, 'skill-error']]);
    expect(only(failing, 'source.response').detail?.answer).toBe(
      'the device says there was a problem with the requested skill’s response',
    );
    const ok = run({ workloads: [from({ service: 'alexa' })] });
    expect(fateTimes(serviceFates(ok))).toEqual([[350, 'succeeded']]);
  });
});

describe('SES receipt rule with RequestResponse', () => {
  it('acts on the disposition the function returns', () => {
    const r = run({
      function: fixed(1_000),
      workloads: [
        from({ service: 'ses', invocationType: 'RequestResponse', disposition: 'STOP_RULE' }),
      ],
    });
    expect(only(r, 'source.report').detail?.report).toBe('STOP_RULE');
    expect(fateTimes(serviceFates(r))).toEqual([[1_250, 'succeeded']]);
  });

  it('fails the action when no answer comes within 30 s', () => {
    const r = run({
      function: fixed(40_000, 0, 60),
      workloads: [from({ service: 'ses', invocationType: 'RequestResponse' })],
    });
    expect(fateTimes(r.fates)).toEqual([
      [30_000, 'action-failed'],
      [40_250, 'abandoned'],
    ]);
  });
});

describe('Step Functions Task state', () => {
  const retry = { maxAttempts: 2, intervalSeconds: 1, backoffRate: 2 };

  it('retries after 1 s then 2 s, then fails the execution, or hands it to the Catch', () => {
    const r = run({
      function: fixed(100, 1),
      workloads: [from({ service: 'step-functions', retry })],
    });
    expect(times(r, 'invoke.start')).toEqual([250, 1_350, 3_450]);
    expect(events(r, 'source.retry').map((e) => e.detail?.delayMs)).toEqual([1_000, 2_000]);
    expect(fateTimes(serviceFates(r))).toEqual([[3_550, 'execution-failed']]);
    expect(only(r, 'source.response').detail?.answer).toBe('Error: the execution fails');

    const caught = run({
      function: fixed(100, 1),
      workloads: [from({ service: 'step-functions', retry, catch: true })],
    });
    expect(fateTimes(serviceFates(caught))).toEqual([[3_550, 'caught']]);
  });

  it('stops waiting at TimeoutSeconds with States.Timeout', () => {
    const r = run({
      function: fixed(2_000),
      workloads: [from({ service: 'step-functions', timeoutSeconds: 1 })],
    });
    expect(only(r, 'source.response').detail?.answer).toBe('States.Timeout: the execution fails');
    expect(fateTimes(r.fates)).toEqual([
      [1_000, 'execution-failed'],
      [2_250, 'abandoned'],
    ]);
  });
});
