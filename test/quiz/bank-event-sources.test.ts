import { describe, expect, it } from 'vitest';
import { SERVICES } from '../../src/catalog/services';
import { simulate } from '../../src/engine';
import { WRITTEN_QUESTIONS } from '../../src/quiz/bank';
import { EVENT_SOURCE_FACTS } from '../../src/quiz/facts/event-sources';
import { EXAM_EXTRA_FACTS } from '../../src/quiz/facts/exam-extras';
import { STUDY_NOTE_FACTS } from '../../src/quiz/facts/study-notes';
import { factSchema, questionSchema, type Question } from '../../src/quiz/schema';
import { parseScenario, presetById } from '../../src/scenario';

/** The parts of the written bank, told apart by their id prefix (the YAML files are per topic). */
const EVENT_SOURCE_QUESTIONS = WRITTEN_QUESTIONS.filter((q) => q.id.startsWith('ev-'));
const STUDY_NOTE_QUESTIONS = WRITTEN_QUESTIONS.filter((q) => q.id.startsWith('sn-'));
const EXAM_EXTRA_QUESTIONS = WRITTEN_QUESTIONS.filter((q) => q.id.startsWith('ex-'));
const questions: Question[] = EVENT_SOURCE_QUESTIONS.map((q) => questionSchema.parse(q));
const facts = EVENT_SOURCE_FACTS.map((f) => factSchema.parse(f));
const singles = questions.filter((q) => q.kind === 'single');
const multiples = questions.filter((q) => q.kind === 'multiple');

const normalise = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Share of the most frequent value, with the value. */
function topShare(values: readonly string[]): [string, number] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const [value, count] = [...counts].sort((x, y) => y[1] - x[1])[0]!;
  return [value, count / values.length];
}

describe('event-source facts', () => {
  it('all parse, carry the ev- prefix and the "events" source, and have unique ids and texts', () => {
    expect(facts.length).toBe(EVENT_SOURCE_FACTS.length);
    for (const f of facts) {
      expect(f.id).toMatch(/^ev-/);
      expect(f.source).toBe('events');
    }
    expect(new Set(facts.map((f) => f.id)).size).toBe(facts.length);
    expect(new Set(facts.map((f) => normalise(f.text))).size).toBe(facts.length);
  });

  it('do not collide with the ids of the other fact files', () => {
    const others = new Set([...STUDY_NOTE_FACTS, ...EXAM_EXTRA_FACTS].map((f) => f.id));
    expect(facts.filter((f) => others.has(f.id)).map((f) => f.id)).toEqual([]);
  });

  it('state, for each of the 29 services of the study table, the invocation model the catalog records', () => {
    // Catalog service id → the fact that states how that service reaches a function.
    const tableFact: Record<string, string> = {
      alexa: 'ev-alexa-sync',
      msk: 'ev-msk-poll',
      'self-managed-kafka': 'ev-kafka-poll',
      'api-gateway': 'ev-apigw-sync',
      cloudformation: 'ev-cfn-async',
      'lambda-edge': 'ev-edge-sync',
      eventbridge: 'ev-eventbridge-async',
      'cloudwatch-logs': 'ev-logs-async',
      codecommit: 'ev-codecommit-async',
      codepipeline: 'ev-codepipeline-async',
      cognito: 'ev-cognito-sync',
      config: 'ev-config-async',
      connect: 'ev-connect-sync',
      dynamodb: 'ev-dynamodb-poll',
      efs: 'ev-efs-special',
      alb: 'ev-alb-sync',
      iot: 'ev-iot-async',
      'iot-events': 'ev-iot-events-async',
      kinesis: 'ev-kinesis-poll',
      firehose: 'ev-firehose-sync',
      lex: 'ev-lex-sync',
      mq: 'ev-mq-poll',
      ses: 'ev-ses-async',
      sns: 'ev-sns-async',
      sqs: 'ev-sqs-poll',
      s3: 'ev-s3-async',
      's3-batch': 'ev-s3-batch-sync',
      'secrets-manager': 'ev-secrets-sync',
      xray: 'ev-xray-special',
    };
    const inTable = SERVICES.filter((s) => s.inStudyTable);
    expect(inTable.map((s) => s.id).sort()).toEqual(Object.keys(tableFact).sort());
    expect(inTable).toHaveLength(29);

    const wording = {
      sync: /\bsynchronously\b/,
      async: /\basynchronously\b/,
      poll: /\bpoll/,
      special: /special integration/,
    } as const;
    for (const service of inTable) {
      const fact = facts.find((f) => f.id === tableFact[service.id]);
      expect(fact, service.id).toBeDefined();
      expect(fact!.text, service.id).toMatch(wording[service.invocation]);
    }
  });

  it('are every one tested by at least one question of this bank', () => {
    const tested = new Set(questions.flatMap((q) => q.facts));
    expect(facts.filter((f) => !tested.has(f.id)).map((f) => f.id)).toEqual([]);
  });
});

describe('event-source questions', () => {
  it('all parse against the schema and number at least 100, about a quarter multiple-response', () => {
    expect(questions).toHaveLength(EVENT_SOURCE_QUESTIONS.length);
    expect(questions.length).toBeGreaterThanOrEqual(100);
    const share = multiples.length / questions.length;
    expect(share).toBeGreaterThanOrEqual(0.22);
    expect(share).toBeLessThanOrEqual(0.35);
  });

  it('have unique ids that no other bank uses', () => {
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
    const others = new Set([...STUDY_NOTE_QUESTIONS, ...EXAM_EXTRA_QUESTIONS].map((q) => q.id));
    expect(questions.filter((q) => others.has(q.id)).map((q) => q.id)).toEqual([]);
  });

  it('test only facts that exist in some fact file', () => {
    const known = new Set(
      [...EVENT_SOURCE_FACTS, ...STUDY_NOTE_FACTS, ...EXAM_EXTRA_FACTS].map((f) => f.id),
    );
    const unknown = questions.flatMap((q) => q.facts.filter((id) => !known.has(id)));
    expect(unknown).toEqual([]);
    for (const q of questions) expect(new Set(q.facts).size, q.id).toBe(q.facts.length);
  });

  it('have no duplicate stems, in this bank or across banks', () => {
    const mine = questions.map((q) => normalise(q.stem));
    expect(new Set(mine).size).toBe(mine.length);
    const others = new Set(
      [...STUDY_NOTE_QUESTIONS, ...EXAM_EXTRA_QUESTIONS].map((q) => normalise(q.stem)),
    );
    expect(mine.filter((s) => others.has(s))).toEqual([]);
  });

  it('have no near-duplicate stems (word overlap under 80 %)', () => {
    const words = questions.map((q) => new Set(normalise(q.stem).split(' ')));
    const close: string[] = [];
    for (let i = 0; i < words.length; i++) {
      for (let j = i + 1; j < words.length; j++) {
        const a = words[i]!;
        const b = words[j]!;
        const shared = [...a].filter((w) => b.has(w)).length;
        if (shared / (a.size + b.size - shared) >= 0.8) {
          close.push(`${questions[i]!.id} ~ ${questions[j]!.id}`);
        }
      }
    }
    expect(close).toEqual([]);
  });

  it('spread the correct letter: no letter is right in more than 40 % of questions', () => {
    const singleLetters = singles.map((q) => q.options.find((o) => o.correct)!.id);
    const [letter, share] = topShare(singleLetters);
    expect(share, `single-answer: "${letter}"`).toBeLessThanOrEqual(0.4);
    for (const l of ['a', 'b', 'c', 'd']) expect(singleLetters).toContain(l);

    const multipleLetters = multiples.flatMap((q) =>
      q.options.filter((o) => o.correct).map((o) => o.id),
    );
    const [mLetter, mShare] = topShare(multipleLetters);
    expect(mShare, `multiple-response: "${mLetter}"`).toBeLessThanOrEqual(0.4);
  });

  it('give distinct options and never fall back on "all/none of the above"', () => {
    for (const q of questions) {
      const texts = q.options.map((o) => normalise(o.text));
      expect(new Set(texts).size, q.id).toBe(texts.length);
      for (const o of q.options) {
        expect(o.text, q.id).not.toMatch(/(all|none) of the above/i);
        expect(o.why, q.id).not.toMatch(/(all|none) of the above/i);
      }
    }
  });

  it('use every exam domain, weighted like the exam within a wide margin', () => {
    const total = questions.length;
    const share = (d: string) => questions.filter((q) => q.domain === d).length / total;
    expect(share('secure')).toBeGreaterThanOrEqual(0.2);
    expect(share('resilient')).toBeGreaterThanOrEqual(0.2);
    expect(share('performant')).toBeGreaterThanOrEqual(0.2);
    expect(share('cost')).toBeGreaterThanOrEqual(0.1);
  });

  it('mix recall, application and scenario analysis', () => {
    for (const level of [1, 2, 3] as const) {
      expect(questions.filter((q) => q.difficulty === level).length).toBeGreaterThanOrEqual(15);
    }
  });
});

describe('"show me" links', () => {
  const linked = questions.filter((q) => q.showMe !== undefined);
  const runs = new Map<string, ReturnType<typeof simulate>>();
  function runOf(presetId: string) {
    let run = runs.get(presetId);
    if (run === undefined) {
      const preset = presetById(presetId);
      if (preset === undefined) throw new Error(`no preset "${presetId}"`);
      const parsed = parseScenario(preset.scenario);
      if (!parsed.ok) throw new Error(`preset "${presetId}" does not parse`);
      run = simulate(parsed.scenario);
      runs.set(presetId, run);
    }
    return run;
  }

  it('number at least 15', () => {
    expect(linked.length).toBeGreaterThanOrEqual(15);
  });

  it.each(linked.map((q) => [q.id, q] as const))('%s resolves to a trace event', (_id, q) => {
    const { preset, kind, rule, nth } = q.showMe!;
    const matches = runOf(preset).trace.filter(
      (e) => e.kind === kind && (rule === undefined || e.rule === rule),
    );
    expect(matches.length, `${preset}: ${kind} ${rule ?? ''}`).toBeGreaterThanOrEqual(nth);
  });

  it('land on the moments the answers describe', () => {
    const eventFor = (id: string) => {
      const q = questions.find((x) => x.id === id)!;
      const { preset, kind, rule, nth } = q.showMe!;
      return runOf(preset).trace.filter(
        (e) => e.kind === kind && (rule === undefined || e.rule === rule),
      )[nth - 1]!;
    };
    // S3-style upload: Lambda answers 202 at once, before the function has run.
    expect(eventFor('ev-s3-gets-202')).toMatchObject({ t: 0, detail: { statusCode: 202 } });
    // The first retry after a function error waits about a minute.
    expect(eventFor('ev-sns-function-error-retries')).toMatchObject({
      t: 1_150,
      detail: { cause: 'function-error', delayMs: 60_000, retryNumber: 1, maxRetries: 2 },
    });
    // A synchronous caller beyond the reserved concurrency gets 429 straight away.
    expect(eventFor('ev-sync-burst-throttled')).toMatchObject({
      t: 0,
      detail: { statusCode: 429 },
    });
    // The synchronous caller that ran receives 200 once the function finishes (250 ms init + 500 ms).
    expect(eventFor('ev-sync-through-api-gateway')).toMatchObject({
      t: 750,
      detail: { statusCode: 200 },
    });
    // EventBridge hands the event to Lambda's asynchronous queue.
    expect(eventFor('ev-async-callers')).toMatchObject({ t: 1_000, rule: 'eb.lambda-async' });
    // A missing permission is not retried: straight to failure with NO_PERMISSIONS.
    expect(eventFor('ev-eventbridge-missing-permission')).toMatchObject({
      t: 1_000,
      detail: { errorCode: 'NO_PERMISSIONS', retriable: false },
    });
    // EventBridge's own target retry starts with a 1 s backoff.
    expect(eventFor('ev-eventbridge-target-throttling')).toMatchObject({
      t: 2_000,
      detail: { delayMs: 1_000, retryNumber: 1 },
    });
    // rate(5 minutes) fires 5 minutes after the scenario starts.
    expect(eventFor('ev-cron-instance-to-schedule')).toMatchObject({ t: 300_000 });
    // The small kiosk order matches no rule, so nothing is invoked for it.
    expect(eventFor('ev-filter-before-invoking')).toMatchObject({
      t: 15_000,
      to: 'rule:big-orders',
    });
    // After 3 failed attempts (0, +60 s, +120 s) the event goes to the DLQ.
    expect(eventFor('ev-s3-pipeline-resilience')).toMatchObject({
      t: 182_750,
      attempt: 3,
      detail: { condition: 'RetriesExhausted' },
    });
  });
});
