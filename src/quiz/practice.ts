import type { SavedCard } from './progress-schema';
import type { Question } from './schema';
import { hashSeed, shuffled } from './seeded';

/**
 * The order of a practice session over some questions: first the cards FSRS says are due (most
 * overdue first), then questions never answered (in a seeded order), then the rest, soonest due
 * first. A session walks this list; answering updates the cards but not the list, so a question
 * is asked once per session.
 */
export function practiceOrder(
  pool: readonly Question[],
  cards: Readonly<Record<string, SavedCard>>,
  now: number,
  seed: number,
): string[] {
  const due: [string, number][] = [];
  const unseen: string[] = [];
  const later: [string, number][] = [];
  for (const q of pool) {
    const c = cards[q.id];
    if (c === undefined) unseen.push(q.id);
    else if (c.due <= now) due.push([q.id, c.due]);
    else later.push([q.id, c.due]);
  }
  const byDue = (a: [string, number], b: [string, number]) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1);
  return [
    ...due.sort(byDue).map(([id]) => id),
    ...shuffled(unseen, hashSeed(`practice:${seed}`)),
    ...later.sort(byDue).map(([id]) => id),
  ];
}
