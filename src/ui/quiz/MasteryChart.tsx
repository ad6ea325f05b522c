import { useMemo } from 'react';
import { ALL_QUESTIONS } from '../../quiz/bank';
import { TOPIC_LABELS, topicMastery } from '../../quiz/mastery';
import { MASTERED_STABILITY_DAYS } from '../../quiz/srs';
import { useNow } from '../tools/useNow';
import { endOfLocalDay } from './format';
import { MasteryBar } from './MasteryBar';
import { useQuizStore } from './store';
import { formatCount } from '../../view/format';

/**
 * Mastery per topic as horizontal bars, each with the same figures in words, so the chart reads
 * without colour and without sight.
 */
export function MasteryChart() {
  const cards = useQuizStore((s) => s.progress.cards);
  const now = useNow(60_000);
  const rows = useMemo(
    () => topicMastery(ALL_QUESTIONS, cards, endOfLocalDay(now)).filter((r) => r.total > 0),
    [cards, now],
  );
  const totals = rows.reduce(
    (t, r) => ({
      total: t.total + r.total,
      mastered: t.mastered + r.mastered,
      learning: t.learning + r.learning,
    }),
    { total: 0, mastered: 0, learning: 0 },
  );
  return (
    <section className="card quiz-panel" aria-labelledby="mastery-title">
      <h3 id="mastery-title" className="quiz-panel__title">
        Mastery by topic
      </h3>
      <p className="quiz-panel__lead">
        {formatCount(totals.mastered)} of {formatCount(totals.total)} questions mastered,{' '}
        {formatCount(totals.learning)} being learned. A question counts as mastered when your last
        answer was right and spaced repetition expects you to remember it for{' '}
        {MASTERED_STABILITY_DAYS} days or more.
      </p>
      <p className="mastery-legend" aria-hidden="true">
        <span className="mastery-legend__item mastery-legend__item--mastered">mastered</span>
        <span className="mastery-legend__item mastery-legend__item--learning">learning</span>
        <span className="mastery-legend__item mastery-legend__item--new">not answered yet</span>
      </p>
      <ul className="mastery-chart">
        {rows.map((r) => (
          <li key={r.topic} className="mastery-chart__row">
            <span className="mastery-chart__topic">{TOPIC_LABELS[r.topic]}</span>
            <MasteryBar row={r} />
            <span className="mastery-chart__text">
              {r.mastered} mastered, {r.learning} learning, {r.unseen} new of {r.total}
              {r.due > 0 ? ` · ${r.due} due` : ''}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
