import { describe, expect, it } from 'vitest';
import { ALL_QUESTIONS, originOf } from '../../src/quiz/bank';
import {
  cueFigures,
  keyLengthRatio,
  longestOptionWins,
  MAX_KEY_RATIO,
  MAX_LONGEST_SCORE,
} from '../../src/quiz/cues';
import type { Question } from '../../src/quiz/schema';

/** A question whose options have exactly these texts; `keys` are the right letters. */
function withTexts(texts: readonly string[], keys: readonly string[]): Question {
  return {
    id: `q-${texts.join('-').length}-${keys.join('')}`,
    kind: keys.length === 1 ? 'single' : 'multiple',
    stem: keys.length === 1 ? 'Which one?' : 'Which two? (Choose two.)',
    options: texts.map((text, i) => ({
      id: 'abcdef'[i]!,
      text,
      correct: keys.includes('abcdef'[i]!),
      why: 'Because.',
    })),
    topic: 'sqs',
    domain: 'resilient',
    difficulty: 1,
    facts: ['f'],
    sources: ['https://docs.aws.amazon.com/lambda/latest/dg/welcome.html'],
    explanation: 'An explanation.',
  };
}

describe('option-length cues', () => {
  it('measures the key against the mean of its distractors', () => {
    // Key 15 characters, distractors 10, 10 and 16: mean 12, ratio 1.25.
    const q = withTexts(['x'.repeat(15), 'y'.repeat(10), 'z'.repeat(10), 'w'.repeat(16)], ['a']);
    expect(keyLengthRatio(q)).toBe(1.25);
    expect(keyLengthRatio(withTexts(['aa', 'b', 'c', 'd', 'e'], ['a', 'b']))).toBeUndefined();
  });

  it('scores the longest-option strategy, all-or-nothing, with ties counting as wrong', () => {
    expect(longestOptionWins(withTexts(['long key', 'a', 'b', 'c'], ['a']))).toBe(true);
    expect(longestOptionWins(withTexts(['key', 'longer one', 'b', 'c'], ['a']))).toBe(false);
    expect(longestOptionWins(withTexts(['same', 'same', 'b', 'c'], ['a']))).toBe(false);
    // Choose two: the two longest are the keys.
    expect(longestOptionWins(withTexts(['aaaa', 'b', 'cccc', 'd', 'e'], ['a', 'c']))).toBe(true);
    // Only one of the two longest is a key.
    expect(longestOptionWins(withTexts(['aaaa', 'bbbb', 'cc', 'd', 'e'], ['a', 'c']))).toBe(false);
    // The second place is tied between a key and a distractor.
    expect(longestOptionWins(withTexts(['aaaa', 'bbb', 'ccc', 'd', 'e'], ['a', 'c']))).toBe(false);
  });

  it('sums the figures over a set of questions', () => {
    const qs = [
      withTexts(['x'.repeat(30), 'y'.repeat(10), 'z'.repeat(10), 'w'.repeat(10)], ['a']),
      withTexts(['x'.repeat(10), 'y'.repeat(10), 'z'.repeat(10), 'w'.repeat(10)], ['b']),
      withTexts(['aaaa', 'b', 'cccc', 'd', 'e'], ['a', 'c']),
      withTexts(['a', 'bbbb', 'cccc', 'd', 'e'], ['a', 'c']),
    ];
    const f = cueFigures(qs);
    expect(f.questions).toBe(4);
    expect(f.singles).toBe(2);
    expect(f.maxKeyRatio).toEqual({ value: 3, questionId: qs[0]!.id });
    expect(f.meanKeyRatio).toBe(2);
    expect(f.overlongKeys).toEqual([{ questionId: qs[0]!.id, ratio: 3 }]);
    expect(f.longestWins).toBe(2);
    expect(f.longestScore).toBe(0.5);
  });
});

/**
 * The rules every question of the bank meets (docs/questions.md): where its answer comes from,
 * and no option length that gives the answer away.
 */
describe('the whole bank, written, generated and predicted', () => {
  const AWS_DOCS = /^https:\/\/(docs\.aws\.amazon\.com|aws\.amazon\.com)\/\S+$/;

  it('cites 1 to 4 AWS documentation pages for every question', () => {
    const bad = ALL_QUESTIONS.filter((q) => {
      const s = q.sources;
      return s.length < 1 || s.length > 4 || !s.every((u) => AWS_DOCS.test(u));
    }).map((q) => `${q.id} (${originOf(q)})`);
    expect(bad, `questions without 1-4 AWS documentation sources:\n${bad.join('\n')}`).toEqual([]);
  });

  it(`has no single-answer key longer than ${MAX_KEY_RATIO} × the mean of its distractors`, () => {
    const over = cueFigures(ALL_QUESTIONS).overlongKeys.map(
      (k) => `${k.questionId}: ${k.ratio.toFixed(2)}`,
    );
    expect(over, `keys that give themselves away by length:\n${over.join('\n')}`).toEqual([]);
  });

  it(`lets "pick the longest option(s)" score at most ${MAX_LONGEST_SCORE * 100} %`, () => {
    const { longestScore, longestWins, questions } = cueFigures(ALL_QUESTIONS);
    expect(
      longestScore,
      `the longest option(s) are right in ${longestWins} of ${questions} questions`,
    ).toBeLessThanOrEqual(MAX_LONGEST_SCORE);
  });
});
