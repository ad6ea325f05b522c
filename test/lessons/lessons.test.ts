import { describe, expect, it } from 'vitest';
import { simulate, type Run } from '../../src/engine';
import { lessons, resolveLesson, type ResolvedStep } from '../../src/lessons';
import { gatePlayback } from '../../src/lessons/gate';
import { travelPlan } from '../../src/lessons/travel';
import { parseScenario } from '../../src/scenario';
import { presetById } from '../../src/scenario/presets';

const runs = new Map<string, Run>();
function runFor(id: string): Run {
  let run = runs.get(id);
  if (run === undefined) {
    const preset = presetById(id);
    if (preset === undefined) throw new Error(`no preset "${id}"`);
    const parsed = parseScenario(preset.scenario);
    if (!parsed.ok) throw new Error(id);
    run = simulate(parsed.scenario);
    runs.set(id, run);
  }
  return run;
}

function resolved(id: string): ResolvedStep[] {
  const lesson = lessons.find((l) => l.id === id)!;
  const r = resolveLesson(lesson, runFor);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.steps;
}

/** Every lesson as "preset@time?answer" per step: the times and answers learners depend on. */
const EXPECTED: Record<string, string[]> = {
  'push-vs-pull': [
    'push-vs-pull@0?poller',
    'push-vs-pull@1000',
    'push-vs-pull@1550?async.accepted',
    'push-vs-pull@2093',
    'push-vs-pull@2193?poller',
    'push-vs-pull@4000',
    'push-vs-pull@5619',
  ],
  'sync-vs-async': [
    'api-gateway-throttle@0',
    'api-gateway-throttle@0?waits',
    'api-gateway-throttle@1250?500',
    'api-gateway-throttle@5000',
    'async-retries@0',
    'async-retries@350?async.retry',
    'async-retries@1150',
    'async-retries@61150',
  ],
  'async-retries-dlq-destinations': [
    'async-retries@0?3',
    'async-retries@1150',
    'async-retries@61950?dlq',
    'async-retries@182750',
    'async-destinations@650',
    'async-destinations@1400?destination',
    'async-destinations@182000',
    'sns-delivery@9400?dropped',
    'sns-delivery@190000',
  ],
  'batch-failures': [
    'sqs-redrive@0?0',
    'sqs-redrive@450',
    'sqs-redrive@30000?redriven',
    'sqs-redrive@90000',
    'sqs-partial-batch@0?9',
    'sqs-partial-batch@450',
    'sqs-partial-batch@90000',
    'kinesis-poison@10100?blocked',
    'kinesis-poison@86409500',
    'kinesis-bisect@10100?metadata',
    'kinesis-bisect@14500',
  ],
  'versions-cold-starts': [
    'cold-warm-provisioned@0',
    'cold-warm-provisioned@1000?warm',
    'cold-warm-provisioned@5000',
    'cold-warm-provisioned@65400?on-demand',
    'cold-warm-provisioned@120000',
    'provisioned-spillover@0?1',
    'provisioned-spillover@1000',
    'alias-canary@450?own',
    'alias-canary@1000',
    'version-rollback@9200?cold',
    'version-rollback@10000',
  ],
  'eventbridge-rules': [
    'eventbridge-fanout@0?1',
    'eventbridge-fanout@1000',
    'eventbridge-fanout@1000?delivered',
    'eventbridge-fanout@8000?unmatched',
    'eventbridge-fanout@15000',
    'eventbridge-fanout@16000',
    'eventbridge-schedule@300000?13',
    'eventbridge-schedule@780000',
    'eventbridge-target-dlq@2000?dlq',
    'eventbridge-target-dlq@17000',
  ],
};

describe('the lessons', () => {
  it('follow the study material’s order', () => {
    expect(lessons.map((l) => l.id)).toEqual(Object.keys(EXPECTED));
  });

  it.each(lessons.map((l) => [l.id, l] as const))('%s is well formed', (_, lesson) => {
    expect(lesson.steps.length).toBeGreaterThanOrEqual(6);
    expect(lesson.steps.length).toBeLessThanOrEqual(12);
    const stops = lesson.steps.filter((s) => s.predict !== undefined);
    expect(stops.length).toBeGreaterThanOrEqual(2);
    for (const s of stops) {
      const ids = s.predict!.options.map((o) => o.id);
      expect(ids.length).toBeGreaterThanOrEqual(2);
      expect(ids.length).toBeLessThanOrEqual(4);
      expect(new Set(ids).size).toBe(ids.length);
    }
    // A question is never the last step: its reveal follows.
    expect(lesson.steps.at(-1)!.predict).toBeUndefined();
    for (const s of lesson.steps) {
      expect(presetById(s.preset)).toBeDefined();
      expect(s.narration.length).toBeGreaterThan(40);
    }
  });

  it.each(Object.entries(EXPECTED))(
    '%s: every step waits for an event of its run, and every answer is worked out from it',
    (id, expected) => {
      const steps = resolved(id);
      expect(
        steps.map((s) => `${s.preset}@${s.t}${s.answer === null ? '' : `?${s.answer}`}`),
      ).toEqual(expected);
      for (const s of steps) {
        // A step pauses at its event, or with `before`, strictly before it and after nothing else.
        if (s.step.at.before) expect(s.t).toBeLessThan(s.event.t);
        else expect(s.t).toBe(s.event.t);
      }
    },
  );

  it('reports a step whose event the run does not have, and an answer that is not an option', () => {
    const broken = {
      id: 'broken',
      title: 'Broken',
      summary: '',
      steps: [
        { preset: 'sync-throttle', at: { kind: 'dlq.sent' as const }, narration: '' },
        {
          preset: 'sync-throttle',
          at: { kind: 'throttled' as const },
          narration: '',
          predict: { question: '?', options: [{ id: 'a', label: 'A' }], answer: () => 'b' },
        },
      ],
    };
    const r = resolveLesson(broken, runFor);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problems).toEqual([
        { step: 0, problem: 'no dlq.sent event #1' },
        { step: 1, problem: 'answer "b" is not an option' },
      ]);
  });
});

describe('playing a lesson', () => {
  /** Play frame by frame from `from`, as the loop does, until the gate stops the playhead. */
  function playUntilStopped(
    steps: ResolvedStep[],
    step: number,
    from: number,
    speed: number,
    answered: (j: number) => boolean,
  ) {
    let t = from;
    for (let frame = 0; frame < 100_000; frame++) {
      const next = t + 16 * speed;
      const move = gatePlayback(steps, { step, travelling: true, answered }, t, next, true);
      if (move !== null) return move;
      t = next;
    }
    throw new Error('never stopped');
  }

  it.each(Object.keys(EXPECTED))(
    '%s: Next plays to each step and pauses exactly at its event time',
    (id) => {
      const steps = resolved(id);
      for (let i = 1; i < steps.length; i++) {
        const from = steps[i]!.preset === steps[i - 1]!.preset ? steps[i - 1]!.t : 0;
        const plan = travelPlan(from, steps[i]!.t);
        if (plan === null) {
          expect(steps[i]!.t).toBe(from);
          continue;
        }
        expect(playUntilStopped(steps, i, plan.start, plan.speed, () => true)).toEqual({
          step: i,
          t: steps[i]!.t,
        });
      }
    },
  );

  it('stops at the next step when the learner plays on, and holds at an unanswered question', () => {
    const steps = resolved('async-retries-dlq-destinations');
    const answered = () => false;
    // Step 2 (index 1) at 1.15 s; playing past 61.95 s would cross the question at index 2.
    expect(
      gatePlayback(steps, { step: 1, travelling: false, answered }, 1_150, 70_000, true),
    ).toEqual({ step: 2, t: 61_950 });
    // Dragging past the question: no playing, but time still cannot go beyond it.
    expect(
      gatePlayback(steps, { step: 1, travelling: false, answered }, 1_150, 100_000, false),
    ).toEqual({ step: 2, t: 61_950 });
    // Answered: dragging is free again.
    expect(
      gatePlayback(
        steps,
        { step: 1, travelling: false, answered: () => true },
        1_150,
        100_000,
        false,
      ),
    ).toBeNull();
    // Back in time is always free.
    expect(
      gatePlayback(steps, { step: 2, travelling: false, answered }, 61_950, 500, false),
    ).toBeNull();
  });

  it('plays a long gap in a few seconds at a round speed, skipping ahead when it must', () => {
    expect(travelPlan(1_150, 61_950)).toEqual({ start: 1_150, speed: 32 });
    expect(travelPlan(0, 1_000)).toEqual({ start: 0, speed: 0.5 });
    expect(travelPlan(10_100, 86_409_500)).toEqual({ start: 86_409_500 - 4_000 * 64, speed: 64 });
    expect(travelPlan(5_000, 5_000)).toBeNull();
    expect(travelPlan(5_000, 1_000)).toBeNull();
  });
});
