import type { TopicMastery } from '../../quiz/mastery';

/**
 * Mastered / learning / new as one stacked bar. Decorative: the text beside every bar says the
 * same in words, so colour is never the only carrier.
 */
export function MasteryBar({ row }: { row: TopicMastery }) {
  const pct = (n: number) => `${(100 * n) / Math.max(1, row.total)}%`;
  return (
    <span className="mastery-bar" aria-hidden="true">
      <span className="mastery-bar__mastered" style={{ width: pct(row.mastered) }} />
      <span className="mastery-bar__learning" style={{ width: pct(row.learning) }} />
    </span>
  );
}
