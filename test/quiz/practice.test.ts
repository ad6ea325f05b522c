import { describe, expect, it } from 'vitest';
import { topicMastery } from '../../src/quiz/mastery';
import { practiceOrder } from '../../src/quiz/practice';
import { review } from '../../src/quiz/srs';
import { FIXTURE_QUESTIONS } from '../fixtures/quiz-questions';

const T0 = Date.parse('2026-01-05T09:00:00.000Z');
const DAY = 86_400_000;

describe('practice order', () => {
  it('asks due cards first (most overdue first), then new questions, then the rest', () => {
    const right = review(undefined, true, T0 - 10 * DAY); // due T0 - 7 days
    const wrong = review(undefined, false, T0 - 2 * DAY); // due T0 - 1 day
    const fresh = review(undefined, true, T0); // due T0 + 3 days
    const cards = { 'fx-cost-1': wrong, 'fx-cost-2': right, 'fx-secure-1': fresh };
    const order = practiceOrder(FIXTURE_QUESTIONS, cards, T0, 1);
    expect(order.slice(0, 2)).toEqual(['fx-cost-2', 'fx-cost-1']);
    expect(order.at(-1)).toBe('fx-secure-1');
    expect(new Set(order.slice(2, -1))).toEqual(
      new Set(FIXTURE_QUESTIONS.map((q) => q.id).filter((id) => !(id in cards))),
    );
    expect(practiceOrder(FIXTURE_QUESTIONS, cards, T0, 1)).toEqual(order);
  });
});

describe('topic mastery', () => {
  it('counts mastered, learning, unseen and due questions per topic', () => {
    const once = review(undefined, true, T0 - 3 * DAY);
    const twice = review(once, true, once.due); // stability ≈ 13.8 days: mastered
    const rows = topicMastery(
      FIXTURE_QUESTIONS,
      { 'fx-secure-1': twice, 'fx-secure-2': once, 'fx-cost-1': review(undefined, false, T0) },
      T0,
    );
    expect(rows.find((r) => r.topic === 'permissions')).toEqual({
      topic: 'permissions',
      total: 3,
      mastered: 1,
      learning: 1,
      unseen: 1,
      due: 1, // once: due T0
    });
    expect(rows.find((r) => r.topic === 'provisioned')).toMatchObject({
      total: 1,
      mastered: 0,
      learning: 1,
      unseen: 0,
      due: 0,
    });
    expect(rows.find((r) => r.topic === 'kafka-mq')).toMatchObject({ total: 0, unseen: 0 });
  });
});
