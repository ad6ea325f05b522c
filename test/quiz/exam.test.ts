import { describe, expect, it } from 'vitest';
import { domainQuotas, drawExam, familyOf, MAX_PER_FAMILY, optionOrder } from '../../src/quiz/exam';
import type { Question } from '../../src/quiz/schema';
import { bigBank, fixture, FIXTURE_QUESTIONS } from '../fixtures/quiz-questions';

const plenty = { secure: 100, resilient: 100, performant: 100, cost: 100 };

function countByDomain(bank: readonly Question[], ids: readonly string[]) {
  const out: Record<string, number> = {};
  for (const id of ids) {
    const d = bank.find((q) => q.id === id)!.domain;
    out[d] = (out[d] ?? 0) + 1;
  }
  return out;
}

describe('domain quotas', () => {
  it('splits 65 seats by the SAA weights (30/26/24/20 %) with the largest remainders', () => {
    // Ideal 19.5 / 16.9 / 15.6 / 13: the two spare seats go to resilient (.9) and performant (.6).
    expect(domainQuotas(65, plenty)).toEqual({
      secure: 19,
      resilient: 17,
      performant: 16,
      cost: 13,
    });
    // Ideal 6 / 5.2 / 4.8 / 4.
    expect(domainQuotas(20, plenty)).toEqual({ secure: 6, resilient: 5, performant: 5, cost: 4 });
  });

  it('hands a short domain’s seats to the others and never asks for more than exist', () => {
    const q = domainQuotas(65, { secure: 10, resilient: 100, performant: 100, cost: 100 });
    expect(q.secure).toBe(10);
    expect(q.resilient + q.performant + q.cost).toBe(55);
    expect(q).toEqual({ secure: 10, resilient: 20, performant: 19, cost: 16 });
    expect(domainQuotas(65, { secure: 1, resilient: 2, performant: 0, cost: 3 })).toEqual({
      secure: 1,
      resilient: 2,
      performant: 0,
      cost: 3,
    });
  });
});

describe('drawing a mock exam', () => {
  const bank = bigBank(30);

  it('has the real exam’s shape: 65 questions, 130 minutes, drawn by domain weight', () => {
    const exam = drawExam(bank, 'full', 42);
    expect(exam.questionIds).toHaveLength(65);
    expect(new Set(exam.questionIds).size).toBe(65);
    expect(exam.durationMs).toBe(130 * 60_000);
    expect(countByDomain(bank, exam.questionIds)).toEqual({
      secure: 19,
      resilient: 17,
      performant: 16,
      cost: 13,
    });
  });

  it('is the same for the same seed and different for another', () => {
    const a = drawExam(bank, 'full', 42);
    expect(drawExam(bank, 'full', 42)).toEqual(a);
    expect(drawExam(bank, 'full', 43).questionIds).not.toEqual(a.questionIds);
    expect(a.questionIds.slice(0, 3)).toEqual(['secure-4', 'cost-2', 'resilient-6']);
  });

  it('takes at most three questions of one generated template', () => {
    expect(familyOf('gen-invocation-s3')).toBe('gen-invocation');
    expect(familyOf('gen-pick-poll-2')).toBe('gen-pick');
    expect(familyOf('predict-async-dlq-when')).toBe('predict-async-dlq-when');
    for (const seed of [1, 2, 3, 4, 5]) {
      const ids = drawExam(bank, 'full', seed).questionIds;
      expect(ids.filter((id) => id.startsWith('gen-invocation-')).length).toBeLessThanOrEqual(
        MAX_PER_FAMILY,
      );
    }
  });

  it('Lambda-only: 20 questions in 40 minutes and no EventBridge topic', () => {
    const exam = drawExam(bank, 'lambda', 7);
    expect(exam.questionIds).toHaveLength(20);
    expect(exam.durationMs).toBe(40 * 60_000);
    for (const id of exam.questionIds) {
      expect(bank.find((q) => q.id === id)!.topic.startsWith('eventbridge-')).toBe(false);
    }
  });

  it('gives a small bank all it has', () => {
    const exam = drawExam(FIXTURE_QUESTIONS, 'lambda', 1);
    // Two fixtures are EventBridge topics; the other eight are all there is.
    expect([...exam.questionIds].sort()).toEqual(
      FIXTURE_QUESTIONS.filter((q) => !q.topic.startsWith('eventbridge-'))
        .map((q) => q.id)
        .sort(),
    );
  });
});

describe('option order', () => {
  it('is a seeded permutation of the option ids, fixed per attempt and question', () => {
    const q = fixture('fx-resilient-3');
    const order = optionOrder(q, 99);
    expect([...order].sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(optionOrder(q, 99)).toEqual(order);
    const others = [1, 2, 3, 4, 5, 6].map((s) => optionOrder(q, s).join(''));
    expect(new Set(others).size).toBeGreaterThan(1);
  });
});
