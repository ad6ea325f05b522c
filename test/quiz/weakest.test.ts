import { describe, expect, it } from 'vitest';
import { weakestTopics } from '../../src/quiz/mastery';
import type { SavedCard } from '../../src/quiz/progress-schema';
import { review } from '../../src/quiz/srs';
import { FIXTURE_QUESTIONS } from '../fixtures/quiz-questions';

const T0 = Date.parse('2026-01-05T09:00:00.000Z');

/** A card answered `right` times right out of `answered`, the last answer as given. */
function card(answered: number, right: number): SavedCard {
  let c: SavedCard | undefined;
  for (let i = 0; i < answered; i++) c = review(c, i < right, T0 + i * 86_400_000);
  return c!;
}

describe('weakest topics', () => {
  it('ranks topics by their share of right answers, then by how often they were answered', () => {
    const cards = {
      'fx-secure-1': card(4, 1), // permissions: 1 of 4, with fx-secure-2 below → 2 of 6
      'fx-secure-2': card(2, 1),
      'fx-resilient-1': card(2, 0), // async-retries: 0 of 2
      'fx-resilient-2': card(1, 1), // dlq-destinations: all right, never weak
      'fx-performant-1': card(3, 1), // concurrency: 1 of 3, same share as permissions, answered less
      'fx-cost-1': card(2, 1), // provisioned: 1 of 2
    };
    expect(weakestTopics(FIXTURE_QUESTIONS, cards)).toEqual([
      { topic: 'async-retries', answered: 2, right: 0 },
      { topic: 'permissions', answered: 6, right: 2 },
      { topic: 'concurrency', answered: 3, right: 1 },
    ]);
    expect(weakestTopics(FIXTURE_QUESTIONS, cards, 5).map((w) => w.topic)).toEqual([
      'async-retries',
      'permissions',
      'concurrency',
      'provisioned',
    ]);
  });

  it('has none before a wrong answer, and ignores cards of questions no longer in the bank', () => {
    expect(weakestTopics(FIXTURE_QUESTIONS, {})).toEqual([]);
    expect(weakestTopics(FIXTURE_QUESTIONS, { 'fx-secure-1': card(2, 2) })).toEqual([]);
    expect(weakestTopics(FIXTURE_QUESTIONS, { 'gone-question': card(2, 0) })).toEqual([]);
  });
});
