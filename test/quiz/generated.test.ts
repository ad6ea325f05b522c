import { describe, expect, it } from 'vitest';
import { SERVICES } from '../../src/catalog/services';
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
    expect(GENERATED_QUESTIONS).toHaveLength(29 * 3 + 17);
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
      'It invokes the function asynchronously (Event): Lambda queues the event and handles retries.',
    ]);
    expect(rightText(byId('gen-invocation-kinesis'))[0]).toMatch(/event source mapping polls it/);
    expect(rightText(byId('gen-invocation-xray'))[0]).toMatch(/^It never invokes the function/);
  });

  it('keys push and pull to where the mapping lives', () => {
    expect(rightText(byId('gen-model-sns'))).toEqual([
      'Push: SNS invokes the function, and the trigger is configured on SNS’s side.',
    ]);
    expect(rightText(byId('gen-model-sqs'))).toEqual([
      'Pull: Lambda polls SQS through an event source mapping, configured on the Lambda side.',
    ]);
    expect(rightText(byId('gen-model-efs'))[0]).toMatch(/^Neither/);
  });

  it('builds the permission answer from the record’s own principal, actions or role', () => {
    expect(rightText(byId('gen-permission-s3'))).toEqual([
      'A statement in the function’s resource-based policy that allows s3.amazonaws.com to call lambda:InvokeFunction, limited by SourceArn and SourceAccount.',
    ]);
    expect(rightText(byId('gen-permission-sqs'))).toEqual([
      'The function’s execution role must allow sqs:ReceiveMessage, sqs:DeleteMessage, sqs:GetQueueAttributes.',
    ]);
    expect(rightText(byId('gen-permission-codepipeline'))).toEqual([
      'The pipeline’s service role must allow lambda:InvokeFunction and lambda:ListFunctions in its own IAM policy.',
    ]);
    expect(rightText(byId('gen-permission-lambda-edge'))[0]).toMatch(/^No invoke permission: /);
    for (const s of STUDY_TABLE) {
      const q = byId(`gen-permission-${s.id}`);
      const kinds = ['resource-policy', 'execution-role', 'invoker-role', 'none'];
      expect(correctIds(q), s.id).toEqual(['abcd'[kinds.indexOf(s.permission.kind)]]);
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
