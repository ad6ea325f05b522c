import { describe, expect, it } from 'vitest';
import { simulate, type Run, type TraceKind } from '../../src/engine';
import {
  buildPredictQuestions,
  PREDICT_CASES,
  PREDICT_QUESTIONS,
  predictScenario,
} from '../../src/quiz/predict';
import { keyedOptions, numericOptions } from '../../src/quiz/predict/build';
import type { Question } from '../../src/quiz/schema';
import { questionSchema } from '../../src/quiz/schema';

/**
 * "Predict the outcome" keys come from the engine. Each test below does two things: it checks the
 * key against the run (the key is what the engine says), and it pins the answer AWS documents
 * (the engine says the right thing), with the simulator's exact times.
 */

const runs = new Map<string, Run>(PREDICT_CASES.map((c) => [c.id, simulate(predictScenario(c))]));
const run = (id: string) => runs.get(id)!;
const q = (id: string): Question => {
  const found = PREDICT_QUESTIONS.find((x) => x.id === id);
  if (!found) throw new Error(`no question ${id}`);
  return found;
};
const right = (id: string) =>
  q(id)
    .options.filter((o) => o.correct)
    .map((o) => o.text);
const tOf = (id: string, kind: TraceKind, msg = 0) =>
  run(id)
    .trace.filter((e) => e.kind === kind && e.msg === msg)
    .map((e) => e.t);

describe('predict-the-outcome questions', () => {
  it('are schema-valid, distinct, and each points at an event of its scenario', () => {
    expect(PREDICT_CASES.length).toBeGreaterThanOrEqual(6);
    expect(PREDICT_CASES.length).toBeLessThanOrEqual(10);
    expect(PREDICT_QUESTIONS).toHaveLength(15);
    for (const x of PREDICT_QUESTIONS) {
      const parsed = questionSchema.safeParse(x);
      expect(parsed.success, `${x.id}: ${parsed.error?.message}`).toBe(true);
      expect(x.showMe, x.id).toBeDefined();
    }
  });

  it('async + failing function: 3 runs, retries 60 s and 120 s after each failure, DLQ at 3:01.850', () => {
    const id = 'predict-async-dlq';
    // Engine: accepted at 0, first attempt at 100 ms, cold start 250 ms, 500 ms runs.
    expect(tOf(id, 'invoke.start')).toEqual([350, 60_850, 181_350]);
    expect(tOf(id, 'invoke.end')).toEqual([850, 61_350, 181_850]);
    expect(tOf(id, 'dlq.sent')).toEqual([181_850]);
    expect(run(id).fates[0]).toMatchObject({ kind: 'dlq', attempts: 3 });
    // Keys equal the engine's answers...
    expect(right('predict-async-dlq-attempts')).toEqual(['3 times']);
    expect(right('predict-async-dlq-when')).toEqual(['3:01.850']);
    expect(q('predict-async-dlq-when').options.map((o) => o.text)).toEqual([
      '1:00.850',
      '3:00.000',
      '3:01.850',
      '6:00:00.000',
    ]);
    // ...and the DLQ holds the original event with the three documented attributes.
    expect(right('predict-async-dlq-content')).toEqual([
      'The original event as the message body, with the attributes RequestID, ErrorCode, ErrorMessage.',
    ]);
  });

  it('no retries + on-failure destination: one run, a record with RetriesExhausted and count 1', () => {
    const sent = run('predict-async-destination').trace.find((e) => e.kind === 'destination.sent')!;
    expect(sent.t).toBe(550);
    expect(sent.detail?.record?.requestContext).toMatchObject({
      condition: 'RetriesExhausted',
      approximateInvokeCount: 1,
    });
    expect(right('predict-destination-record')[0]).toMatch(
      /^An invocation record with condition RetriesExhausted and approximateInvokeCount 1,/,
    );
  });

  it('success: only the on-success destination hears about it, never the DLQ', () => {
    expect(run('predict-async-success').fates[0]!.deliveredTo).toEqual([
      'onSuccess:eventbridge:audit-bus',
    ]);
    expect(right('predict-success-where')).toEqual([
      'To audit-bus only, as an invocation record with condition Success.',
    ]);
  });

  it('reserved concurrency 0: accepted, never run, straight to the DLQ at 100 ms', () => {
    const r = run('predict-reserved-zero');
    expect(r.fates[0]).toMatchObject({
      kind: 'dlq',
      attempts: 0,
      t: 100,
      rule: 'async.reserved-zero',
    });
    expect(r.trace.some((e) => e.kind === 'invoke.start' || e.kind === 'async.retry')).toBe(false);
    expect(right('predict-reserved-zero-fate')[0]).toMatch(
      /^Lambda accepts it \(202\), then sends it to export-dlq without running or retrying it\.$/,
    );
  });

  it('throttled async event: retried without using retries, discarded at exactly 60 s (EventAgeExceeded)', () => {
    const id = 'predict-throttle-expiry';
    expect(tOf(id, 'throttled', 1)).toEqual([100, 1_100, 3_100, 7_100, 15_100, 31_100]);
    expect(tOf(id, 'async.expired', 1)).toEqual([60_000]);
    expect(run(id).fates[1]).toMatchObject({ kind: 'destination', attempts: 0 });
    expect(right('predict-expiry-when')).toEqual(['1:00.000']);
    expect(q('predict-expiry-when').options.map((o) => o.text)).toEqual([
      '0:03.100',
      '1:00.000',
      '5:00.350',
      '6:00:00.000',
    ]);
    expect(right('predict-expiry-fate')[0]).toMatch(/late-renders as EventAgeExceeded\.$/);
  });

  it('sync throttle: reserved 2 lets two of five run; three get 429 and Lambda does nothing more', () => {
    const r = run('predict-sync-throttle');
    expect(r.fates.map((f) => f.kind)).toEqual([
      'succeeded',
      'succeeded',
      'throttled',
      'throttled',
      'throttled',
    ]);
    expect(right('predict-sync-throttle-count')).toEqual(['3']);
    expect(right('predict-sync-throttle-retry')[0]).toMatch(/^Nothing more/);
  });

  it('sync function error: HTTP 200 with X-Amz-Function-Error, one run', () => {
    const response = run('predict-sync-error').trace.find((e) => e.kind === 'sync.response')!;
    expect(response.detail).toMatchObject({ statusCode: 200, functionError: 'Unhandled' });
    expect(right('predict-sync-error-response')[0]).toMatch(
      /^HTTP 200, with the X-Amz-Function-Error header/,
    );
    expect(right('predict-sync-error-runs')).toEqual(['Once']);
  });

  it('provisioned 2, three requests: one spills over to a cold start (the preset itself)', () => {
    const r = run('provisioned-spillover');
    const cold = r.trace.filter((e) => e.kind === 'env.init' && e.detail?.initReason === 'cold');
    expect(cold.map((e) => [e.t, e.msg, e.rule])).toEqual([
      [1_000, 2, 'env.provisioned-spillover'],
    ]);
    expect(right('predict-spillover-cold')).toEqual(['1']);
  });

  it('EventBridge: a timing-out target is tried 1 + 4 times; a missing permission once', () => {
    expect(
      run('eventbridge-target-dlq')
        .trace.filter((e) => e.kind === 'eb.target-failed')
        .map((e) => e.t),
    ).toEqual([2_000, 3_000, 5_000, 9_000, 17_000]);
    expect(right('predict-eb-target-attempts')).toEqual(['5 times']);
    const perm = run('predict-eb-no-permission').trace.filter((e) => e.kind === 'eb.target-failed');
    expect(perm).toHaveLength(1);
    expect(right('predict-eb-no-permission')[0]).toMatch(/^One failed delivery.*NO_PERMISSIONS\.$/);
  });

  it('stops the build when the engine’s answer is not among the candidates', () => {
    const cand = (key: string) => ({ key, text: key, why: key });
    expect(() => keyedOptions('x', [cand('a'), cand('b'), cand('c'), cand('d')])).toThrow(
      'the engine\'s answer "x" matches 0 of the candidates ["a","b","c","d"]',
    );
    // A case whose scenario no longer produces its proof cannot build a question.
    const broken = { ...PREDICT_CASES[0]!, scenario: { version: 1 as const } };
    expect(() => buildPredictQuestions(broken, simulate(predictScenario(broken)))).toThrow(
      /the run has no/,
    );
  });

  it('puts the engine’s number among three misconceptions, smallest first', () => {
    const opts = numericOptions(3, [1, 3, 2], String, (n) => `why ${n}`);
    expect(opts.map((o) => [o.text, o.correct])).toEqual([
      ['1', false],
      ['2', false],
      ['3', true],
      ['4', false],
    ]);
  });
});
