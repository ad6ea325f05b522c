import { createEmptyCard, fsrs, Rating, State, type Card, type Grade } from 'ts-fsrs';
import type { SavedCard } from './progress-schema';

/**
 * Spaced repetition with FSRS: every question is a card. Answering rates the card — wrong is
 * Again, right but slow is Hard, right is Good (a quiz cannot tell "easy" from a lucky guess, so
 * Easy is never used) — and FSRS schedules when it is due again.
 *
 * Settings: 90 % target retention; no fuzz, so the same answers always give the same dates;
 * no short-term (minutes-long) learning steps, because a missed question is already retried in
 * the session ("retry the ones I missed") and the schedule should speak in days.
 */

const scheduler = fsrs({
  request_retention: 0.9,
  maximum_interval: 365,
  enable_fuzz: false,
  enable_short_term: false,
});

/** A right answer slower than this counts as Hard: it was worked out, not remembered. */
export const SLOW_ANSWER_MS = 90_000;

/** A card counts as mastered once FSRS expects it to be remembered this long (and the last answer was right). */
export const MASTERED_STABILITY_DAYS = 10;

export function ratingFor(correct: boolean, elapsedMs?: number): Grade {
  if (!correct) return Rating.Again;
  return elapsedMs !== undefined && elapsedMs > SLOW_ANSWER_MS ? Rating.Hard : Rating.Good;
}

function toCard(s: SavedCard): Card {
  return {
    due: new Date(s.due),
    stability: s.stability,
    difficulty: s.difficulty,
    elapsed_days: s.elapsedDays,
    scheduled_days: s.scheduledDays,
    learning_steps: s.learningSteps,
    reps: s.reps,
    lapses: s.lapses,
    state: s.state as State,
    last_review: s.lastReview === null ? undefined : new Date(s.lastReview),
  };
}

/** Record one answer to a question at `now` (epoch ms) and return its new card. */
export function review(
  saved: SavedCard | undefined,
  correct: boolean,
  now: number,
  elapsedMs?: number,
): SavedCard {
  const card = saved ? toCard(saved) : createEmptyCard(new Date(now));
  const next = scheduler.next(card, new Date(now), ratingFor(correct, elapsedMs)).card;
  return {
    due: next.due.getTime(),
    stability: next.stability,
    difficulty: next.difficulty,
    elapsedDays: next.elapsed_days,
    scheduledDays: next.scheduled_days,
    learningSteps: next.learning_steps,
    reps: next.reps,
    lapses: next.lapses,
    state: next.state,
    lastReview: next.last_review?.getTime() ?? now,
    answered: (saved?.answered ?? 0) + 1,
    right: (saved?.right ?? 0) + (correct ? 1 : 0),
    lastCorrect: correct,
  };
}

/** Ids of the cards due at or before `until`, the most overdue first (ties by id). */
export function dueIds(
  cards: Readonly<Record<string, SavedCard>>,
  until: number,
  exists: (id: string) => boolean = () => true,
): string[] {
  return Object.entries(cards)
    .filter(([id, c]) => c.due <= until && exists(id))
    .sort(([a, x], [b, y]) => x.due - y.due || (a < b ? -1 : a > b ? 1 : 0))
    .map(([id]) => id);
}

export function isMastered(c: SavedCard): boolean {
  return c.lastCorrect && c.stability >= MASTERED_STABILITY_DAYS;
}

/** The chance FSRS gives of remembering the card at `now`, 0–1. */
export function recallChance(c: SavedCard, now: number): number {
  return scheduler.get_retrievability(toCard(c), new Date(now), false);
}
