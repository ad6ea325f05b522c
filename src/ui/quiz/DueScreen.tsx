import { useMemo } from 'react';
import { questionById } from '../../quiz/bank';
import { dueIds } from '../../quiz/srs';
import { useNow } from '../tools/useNow';
import { endOfLocalDay, formatDay } from './format';
import { PracticeRunner } from './PracticeRunner';
import { startDuePractice, useQuizStore } from './store';
import { formatCount } from '../../view/format';

/** Due today: the questions spaced repetition brings back, and when the next ones are due. */
export function DueScreen() {
  const session = useQuizStore((s) => s.session);
  const cards = useQuizStore((s) => s.progress.cards);
  const now = useNow(60_000);
  const until = endOfLocalDay(now);
  const due = useMemo(
    () => dueIds(cards, until, (id) => questionById(id) !== undefined),
    [cards, until],
  );
  const next = useMemo(() => {
    const later = Object.values(cards)
      .filter((c) => c.due > until)
      .map((c) => c.due);
    return later.length === 0 ? null : Math.min(...later);
  }, [cards, until]);
  if (session !== null) return <PracticeRunner />;
  const seen = Object.keys(cards).length;
  return (
    <section className="card quiz-panel" aria-labelledby="due-title">
      <h3 id="due-title" className="quiz-panel__title">
        Due today
      </h3>
      <p className="quiz-panel__lead">
        Every question you answer becomes a card. Spaced repetition (FSRS) brings each one back just
        before you would forget it: sooner after a miss, later after a sure answer.
      </p>
      {due.length > 0 ? (
        <>
          <p className="due__count">
            <strong>{formatCount(due.length)}</strong>{' '}
            {due.length === 1 ? 'question is' : 'questions are'} due today.
          </p>
          <button
            type="button"
            className="button button--primary"
            onClick={() => startDuePractice(Date.now(), until)}
          >
            Review {due.length === 1 ? 'it' : `all ${formatCount(due.length)}`}
          </button>
        </>
      ) : (
        <p className="empty-note">
          {seen === 0
            ? 'Nothing yet: answer some questions in Practice or an exam, and they will come back here when they are due.'
            : `Nothing is due today. ${next !== null ? `The next review is on ${formatDay(next)}.` : ''}`}
        </p>
      )}
    </section>
  );
}
