import { describe, expect, it } from 'vitest';
import { SERVICES, serviceById } from '../../src/catalog/services';
import { CATALOG_FACTS, catalogFactId, STUDY_TABLE } from '../../src/quiz/catalog-facts';
import { GENERATED_QUESTIONS } from '../../src/quiz/generated';
import { MODEL_OPTION } from '../../src/quiz/generated/phrases';
import { SEED_TABLE_FACTS } from '../../src/quiz/generated/seed-table';
import { correctIds } from '../../src/quiz/question';
import { questionSchema, type Question } from '../../src/quiz/schema';

const byId = (id: string): Question => {
  const q = GENERATED_QUESTIONS.find((x) => x.id === id);
  if (!q) throw new Error(`no question ${id}`);
  return q;
};
const rightText = (q: Question) => q.options.filter((o) => o.correct).map((o) => o.text);

describe('questions generated from the service catalog', () => {
  it('covers all 29 services of the study table three ways, plus choose-two questions', () => {
    expect(STUDY_TABLE).toHaveLength(29);
    for (const s of STUDY_TABLE) {
      for (const kind of ['invocation', 'model', 'permission']) {
        expect(
          GENERATED_QUESTIONS.some((q) => q.id === `gen-${kind}-${s.id}`),
          s.id,
        ).toBe(true);
      }
    }
    const picks = GENERATED_QUESTIONS.filter((q) => q.id.startsWith('gen-pick-'));
    // poll 6 → 3, sync 10 → 5, async 11 → 6, execution-role pollers 6 → 3
    expect(picks.map((q) => q.id)).toEqual([
      ...[1, 2, 3].map((n) => `gen-pick-poll-${n}`),
      ...[1, 2, 3, 4, 5].map((n) => `gen-pick-sync-${n}`),
      ...[1, 2, 3, 4, 5, 6].map((n) => `gen-pick-async-${n}`),
      ...[1, 2, 3].map((n) => `gen-pick-role-${n}`),
    ]);
    // Function URLs, outside the table, get a push-or-pull question of their own.
    expect(GENERATED_QUESTIONS.filter((q) => q.id.startsWith('gen-model-'))).toHaveLength(30);
    expect(byId('gen-model-function-url').facts).toEqual(['catalog-function-url-model']);
    expect(GENERATED_QUESTIONS).toHaveLength(29 * 3 + 1 + 17);
  });

  it('produces schema-valid questions citing catalog facts, and the study table’s own row', () => {
    const facts = new Set([...CATALOG_FACTS.map((f) => f.id), ...Object.values(SEED_TABLE_FACTS)]);
    for (const q of GENERATED_QUESTIONS) {
      const parsed = questionSchema.safeParse(q);
      expect(parsed.success, `${q.id}: ${parsed.error?.message}`).toBe(true);
      for (const f of q.facts) expect(facts.has(f), `${q.id} cites ${f}`).toBe(true);
    }
    expect(Object.keys(SEED_TABLE_FACTS).sort()).toEqual(STUDY_TABLE.map((s) => s.id).sort());
    expect(byId('gen-invocation-s3').facts).toEqual(['catalog-s3-invocation', 'ev-s3-async']);
  });

  it('keys each invocation question to the record’s model', () => {
    for (const s of STUDY_TABLE) {
      expect(rightText(byId(`gen-invocation-${s.id}`))).toEqual([MODEL_OPTION[s.invocation]]);
    }
    expect(rightText(byId('gen-invocation-s3'))).toEqual([
      'It calls Invoke with the Event type: Lambda queues the event, then retries.',
    ]);
    expect(rightText(byId('gen-invocation-kinesis'))).toEqual([
      'It never calls Invoke: Lambda’s event source mapping polls it for batches.',
    ]);
    expect(rightText(byId('gen-invocation-xray'))).toEqual([
      'It never calls Invoke: the function uses it, allowed by the execution role.',
    ]);
    // The four answers are within two characters of each other: none is told by its length.
    const lengths = Object.values(MODEL_OPTION).map((t) => t.length);
    expect(Math.max(...lengths) - Math.min(...lengths)).toBeLessThanOrEqual(2);
  });

  it('keys push and pull to where the mapping lives', () => {
    expect(rightText(byId('gen-model-sns'))).toEqual([
      'Push: SNS invokes the function; the trigger is configured in that service.',
    ]);
    expect(rightText(byId('gen-model-sqs'))).toEqual([
      'Pull: Lambda polls SQS through an event source mapping kept on the Lambda side.',
    ]);
    expect(rightText(byId('gen-model-efs'))).toEqual([
      'Neither: EFS sends no events; the function uses it while it runs.',
    ]);
    expect(rightText(byId('gen-model-function-url'))).toEqual([
      'Push: Function URL invokes the function; it is configured as a setting of the function.',
    ]);
  });

  it('offers in every push-or-pull question only options that are right for some service', () => {
    const models = GENERATED_QUESTIONS.filter((q) => q.id.startsWith('gen-model-'));
    // The option letter stands for the same shape in every question: a, b, c, d.
    const keyedLetters = new Set(models.flatMap(correctIds));
    expect([...keyedLetters].sort()).toEqual(['a', 'b', 'c', 'd']);
    const keyedBy = (letter: string) =>
      models.filter((q) => correctIds(q)[0] === letter).map((q) => q.id.replace('gen-model-', ''));
    expect(keyedBy('c')).toEqual(['function-url']);
    expect(keyedBy('d')).toEqual(['efs', 'xray']);
  });

  it('builds the permission answer from the record’s own principal, actions or role', () => {
    expect(rightText(byId('gen-permission-s3'))).toEqual([
      'The function’s resource-based policy allows s3.amazonaws.com to call lambda:InvokeFunction.',
    ]);
    expect(byId('gen-permission-s3').options[0]!.why).toBe(
      'Right: S3 is let in by a statement in the function’s resource-based policy naming s3.amazonaws.com, with SourceAccount as well as SourceArn.',
    );
    expect(rightText(byId('gen-permission-sqs'))).toEqual([
      'The function’s execution role must allow sqs:ReceiveMessage and sqs:DeleteMessage.',
    ]);
    expect(rightText(byId('gen-permission-codepipeline'))).toEqual([
      'The pipeline’s service role must allow lambda:InvokeFunction and lambda:ListFunctions.',
    ]);
    expect(rightText(byId('gen-permission-s3-batch'))).toEqual([
      'The IAM role the Batch Operations job runs as must allow lambda:InvokeFunction.',
    ]);
    expect(rightText(byId('gen-permission-lambda-edge'))).toEqual([
      'No invoke permission is needed; the execution role must trust edgelambda.amazonaws.com as well as lambda.amazonaws.com.',
    ]);
    expect(byId('gen-permission-sqs').options.map((o) => o.text)).toEqual([
      'The function’s resource-based policy allows sqs.amazonaws.com to call lambda:InvokeFunction.',
      'The function’s execution role must allow sqs:ReceiveMessage and sqs:DeleteMessage.',
      'An IAM service role that sqs.amazonaws.com assumes must allow lambda:InvokeFunction on the function.',
      'No invoke permission is needed; sqs.amazonaws.com may invoke any function in the same account.',
    ]);
    for (const s of STUDY_TABLE) {
      const q = byId(`gen-permission-${s.id}`);
      const kinds = ['resource-policy', 'execution-role', 'invoker-role', 'none'];
      expect(correctIds(q), s.id).toEqual(['abcd'[kinds.indexOf(s.permission.kind)]]);
    }
  });

  it('names a concrete principal or action in every option of every permission question', () => {
    const concrete = /[a-z0-9-]+(\.[a-z0-9-]+)*\.amazon(aws)?\.com|\b[a-z0-9-]+:[A-Z][A-Za-z]+/;
    for (const q of GENERATED_QUESTIONS.filter((x) => x.id.startsWith('gen-permission-'))) {
      for (const o of q.options) expect(o.text, `${q.id} ${o.id}`).toMatch(concrete);
    }
  });

  it('cites the catalog’s documentation pages as sources', () => {
    expect(byId('gen-invocation-sqs').sources).toEqual(serviceById('sqs')!.docs.slice(0, 4));
    expect(byId('gen-permission-efs').sources).toEqual(serviceById('efs')!.docs);
    for (const q of GENERATED_QUESTIONS) {
      expect(q.sources?.length, q.id).toBeGreaterThanOrEqual(1);
      expect(q.sources?.length, q.id).toBeLessThanOrEqual(4);
    }
  });

  it('picks choose-two answers that belong to the group and distractors that do not', () => {
    const serviceByName = new Map(SERVICES.map((s) => [s.name, s]));
    for (const q of GENERATED_QUESTIONS.filter((x) => x.id.startsWith('gen-pick-'))) {
      const group = q.id.split('-')[2]!;
      for (const o of q.options) {
        const s = serviceByName.get(o.text)!;
        const member =
          group === 'role'
            ? s.invocation === 'poll' && s.permission.kind === 'execution-role'
            : s.invocation === group;
        expect(o.correct, `${q.id}: ${o.text}`).toBe(member);
      }
      const aspect = group === 'role' ? 'permission' : 'invocation';
      expect(new Set(q.facts)).toEqual(
        new Set(
          q.options
            .filter((o) => o.correct)
            .map((o) => catalogFactId(serviceByName.get(o.text)!.id, aspect)),
        ),
      );
    }
    // Every poller is a right answer at least once.
    const pollRight = new Set(
      GENERATED_QUESTIONS.filter((q) => q.id.startsWith('gen-pick-poll-')).flatMap(rightText),
    );
    expect(pollRight.size).toBe(6);
  });
});
