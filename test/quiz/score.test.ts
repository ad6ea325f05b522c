import { describe, expect, it } from 'vitest';
import { isCorrect, PASS_SCORE, scaledScore, scoreAttempt } from '../../src/quiz/score';
import { fixture, FIXTURE_QUESTIONS } from '../fixtures/quiz-questions';

describe('marking', () => {
  it('counts a single-answer question only when the one right option is chosen', () => {
    const q = fixture('fx-secure-1'); // right: b
    expect(isCorrect(q, ['b'])).toBe(true);
    expect(isCorrect(q, ['a'])).toBe(false);
    expect(isCorrect(q, ['a', 'b'])).toBe(false);
    expect(isCorrect(q, [])).toBe(false);
    expect(isCorrect(q, undefined)).toBe(false);
  });

  it('marks multiple response all-or-nothing: exactly the right set, in any order', () => {
    const q = fixture('fx-resilient-3'); // right: a, c
    expect(isCorrect(q, ['c', 'a'])).toBe(true);
    expect(isCorrect(q, ['a'])).toBe(false);
    expect(isCorrect(q, ['a', 'c', 'e'])).toBe(false);
    expect(isCorrect(q, ['a', 'b'])).toBe(false);
    expect(isCorrect(q, ['a', 'a'])).toBe(false);
  });
});

describe('scaled score', () => {
  it('maps 0 %, 72 % and 100 % to 100, 720 and 1,000, linearly between', () => {
    expect(scaledScore(0)).toBe(100);
    expect(scaledScore(0.72)).toBe(PASS_SCORE);
    expect(scaledScore(1)).toBe(1000);
    expect(scaledScore(0.5)).toBe(531); // 100 + 0.5 / 0.72 × 620 = 530.6
    expect(scaledScore(0.8)).toBe(800); // 720 + 0.08 / 0.28 × 280
    expect(scaledScore(0.9)).toBe(900);
    // The score is reported as a whole number, as AWS does: 719.9 shows (and passes) as 720.
    expect(scaledScore(0.7199)).toBe(720);
    expect(scaledScore(0.719)).toBe(719);
    expect(scaledScore(-1)).toBe(100);
    expect(scaledScore(2)).toBe(1000);
  });

  it('weights each domain’s share by the exam guide and breaks the result down by domain', () => {
    const answers = {
      'fx-secure-1': ['b'],
      'fx-secure-2': ['a'],
      'fx-secure-3': ['a', 'c'],
      'fx-resilient-1': ['b'],
      'fx-resilient-2': ['b'], // right is d
      'fx-resilient-3': ['a'], // half of the right set: wrong
      'fx-performant-1': ['b'],
      'fx-performant-2': ['c'],
      // fx-cost-1 unanswered
      'fx-cost-2': ['a', 'b'],
    };
    const r = scoreAttempt(FIXTURE_QUESTIONS, answers);
    expect(r.correct).toBe(6);
    expect(r.total).toBe(10);
    expect(r.answered).toBe(9);
    expect(r.share).toBe(0.6);
    // 0.30 × 3/3 + 0.26 × 1/3 + 0.24 × 2/2 + 0.20 × 0/2
    expect(r.weightedShare).toBeCloseTo(0.626667, 6);
    expect(r.scaled).toBe(640); // 100 + 0.626667 / 0.72 × 620 = 639.6
    expect(r.passed).toBe(false);
    expect(r.missed).toEqual(['fx-resilient-2', 'fx-resilient-3', 'fx-cost-1', 'fx-cost-2']);
    expect(r.byDomain.map((d) => [d.domain, d.correct, d.total])).toEqual([
      ['secure', 3, 3],
      ['resilient', 1, 3],
      ['performant', 2, 2],
      ['cost', 0, 2],
    ]);
    expect(r.byDomain[0]!.title).toBe('Design Secure Architectures');
  });

  it('re-normalises the weights over the domains an attempt contains', () => {
    const qs = [fixture('fx-secure-1'), fixture('fx-cost-1')];
    const r = scoreAttempt(qs, { 'fx-secure-1': ['b'] });
    // secure 0.3 / 0.5 × 1 + cost 0.2 / 0.5 × 0 = 0.6
    expect(r.weightedShare).toBeCloseTo(0.6, 10);
    expect(r.scaled).toBe(617);
    expect(r.byDomain.find((d) => d.domain === 'resilient')!.share).toBeNull();
  });

  it('passes at 720 and above', () => {
    const all = Object.fromEntries(
      FIXTURE_QUESTIONS.map((q) => [q.id, q.options.filter((o) => o.correct).map((o) => o.id)]),
    );
    const r = scoreAttempt(FIXTURE_QUESTIONS, all);
    expect(r.scaled).toBe(1000);
    expect(r.passed).toBe(true);
    expect(scoreAttempt(FIXTURE_QUESTIONS, {}).scaled).toBe(100);
  });
});
