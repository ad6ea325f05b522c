import { describe, expect, it } from 'vitest';
import {
  ALL_QUESTIONS,
  questionById,
  questionsOfTopics,
  topicCounts,
  WRITTEN_QUESTIONS,
} from '../../src/quiz/bank';
import { ALL_FACTS, factById } from '../../src/quiz/facts';
import { factSchema, questionSchema, TOPICS } from '../../src/quiz/schema';

/**
 * The whole bank, validated with the schema the app trusts without re-checking at load time:
 * every question has a right option set, an explanation for every option, a topic and a domain,
 * and no two questions share a stem.
 */
describe('the question bank', () => {
  it('validates every question, written, generated and predicted', () => {
    const problems: string[] = [];
    for (const q of ALL_QUESTIONS) {
      const r = questionSchema.safeParse(q);
      if (!r.success) {
        for (const i of r.error.issues) problems.push(`${q.id}: ${i.path.join('.')}: ${i.message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('gives the hand-written questions exactly their schema defaults', () => {
    expect(WRITTEN_QUESTIONS.length).toBeGreaterThanOrEqual(308);
    for (const q of WRITTEN_QUESTIONS) {
      expect(questionById(q.id), q.id).toEqual(questionSchema.parse(q));
    }
    expect(questionById('sn-three-methods')?.showMe).toBeUndefined();
    // A "show me" written without nth gets the first matching event.
    expect(questionById('sn-async-202')?.showMe).toEqual({
      preset: 'async-retries',
      kind: 'async.accepted',
      nth: 1,
    });
  });

  it('has unique ids and no duplicate stems', () => {
    const ids = ALL_QUESTIONS.map((q) => q.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
    const seen = new Map<string, string>();
    const dupes: string[] = [];
    for (const q of ALL_QUESTIONS) {
      const key = norm(q.stem);
      const other = seen.get(key);
      if (other) dupes.push(`${other} and ${q.id}`);
      else seen.set(key, q.id);
    }
    expect(dupes).toEqual([]);
  });

  it('explains every option and has a right answer to choose', () => {
    for (const q of ALL_QUESTIONS) {
      expect(
        q.options.every((o) => o.why.trim().length > 10),
        q.id,
      ).toBe(true);
      expect(
        q.options.some((o) => o.correct),
        q.id,
      ).toBe(true);
      expect(q.explanation.length, q.id).toBeGreaterThan(20);
    }
  });

  it('cites only facts that exist, and every fact is well formed and unique', () => {
    const missing = ALL_QUESTIONS.flatMap((q) =>
      q.facts.filter((f) => factById(f) === undefined).map((f) => `${q.id} → ${f}`),
    );
    expect(missing).toEqual([]);
    const ids = ALL_FACTS.map((f) => f.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const f of ALL_FACTS) expect(factSchema.safeParse(f).success, f.id).toBe(true);
  });

  it('looks questions up by id and topic', () => {
    expect(questionById('gen-invocation-s3')?.topic).toBe('services');
    expect(questionById('no-such-question')).toBeUndefined();
    const counts = topicCounts();
    expect(Object.keys(counts)).toEqual([...TOPICS]);
    expect(questionsOfTopics(['services', 'sqs'])).toHaveLength(counts.services + counts.sqs);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(ALL_QUESTIONS.length);
  });
});
