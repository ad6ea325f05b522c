import { describe, expect, it } from 'vitest';
import type { SavedCard } from '../../src/quiz/progress-schema';
import {
  dueIds,
  isMastered,
  ratingFor,
  recallChance,
  review,
  SLOW_ANSWER_MS,
} from '../../src/quiz/srs';

const T0 = Date.parse('2026-01-05T09:00:00.000Z');
const iso = (ms: number) => new Date(ms).toISOString();
const DAY = 86_400_000;

describe('FSRS scheduling with a fixed clock', () => {
  it('rates wrong as Again, slow right as Hard, right as Good (never Easy)', () => {
    expect(ratingFor(false)).toBe(1);
    expect(ratingFor(true, SLOW_ANSWER_MS + 1)).toBe(2);
    expect(ratingFor(true, SLOW_ANSWER_MS)).toBe(3);
    expect(ratingFor(true)).toBe(3);
  });

  it('schedules a right, right, wrong, right history on exact dates', () => {
    const first = review(undefined, true, T0);
    expect(iso(first.due)).toBe('2026-01-08T09:00:00.000Z');
    expect(first.stability).toBeCloseTo(2.3065, 4);
    expect(first.state).toBe(2); // Review: no minutes-long learning steps
    expect(first).toMatchObject({ reps: 1, lapses: 0, answered: 1, right: 1, lastCorrect: true });
    expect(first.lastReview).toBe(T0);

    const second = review(first, true, first.due);
    expect(iso(second.due)).toBe('2026-01-22T09:00:00.000Z');
    expect(second.stability).toBeCloseTo(13.827, 3);
    expect(isMastered(second)).toBe(true);

    const third = review(second, false, second.due);
    expect(iso(third.due)).toBe('2026-01-24T09:00:00.000Z');
    expect(third).toMatchObject({ reps: 3, lapses: 1, answered: 3, right: 2, lastCorrect: false });
    expect(isMastered(third)).toBe(false);

    const fourth = review(third, true, third.due);
    expect(iso(fourth.due)).toBe('2026-01-29T09:00:00.000Z');
  });

  it('brings a first wrong answer back the next day and a slow right one in two', () => {
    expect(iso(review(undefined, false, T0).due)).toBe('2026-01-06T09:00:00.000Z');
    expect(iso(review(undefined, true, T0, 120_000).due)).toBe('2026-01-07T09:00:00.000Z');
  });

  it('lists due cards, most overdue first, leaving out questions no longer in the bank', () => {
    const card = (due: number): SavedCard => ({ ...review(undefined, true, T0), due });
    const cards = {
      b: card(T0 + DAY),
      a: card(T0 + DAY),
      c: card(T0 - DAY),
      later: card(T0 + 10 * DAY),
      gone: card(T0),
    };
    expect(dueIds(cards, T0 + DAY, (id) => id !== 'gone')).toEqual(['c', 'a', 'b']);
    expect(dueIds(cards, T0 - 2 * DAY)).toEqual([]);
  });

  it('predicts recall of about 90 % when a card falls due', () => {
    const c = review(undefined, true, T0);
    expect(recallChance(c, T0)).toBeCloseTo(1, 5);
    expect(recallChance(c, c.due)).toBeGreaterThan(0.88);
    expect(recallChance(c, c.due)).toBeLessThan(0.92);
  });
});
