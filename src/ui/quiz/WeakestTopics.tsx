import { useMemo } from 'react';
import { ALL_QUESTIONS } from '../../quiz/bank';
import { TOPIC_LABELS, weakestTopics } from '../../quiz/mastery';
import { percent } from './format';
import { setScreen, startTopicPractice, useQuizStore } from './store';

/** The topics answered worst so far, and one click to practise them together. */
export function WeakestTopics() {
  const cards = useQuizStore((s) => s.progress.cards);
  const weak = useMemo(() => weakestTopics(ALL_QUESTIONS, cards), [cards]);
  const practise = () => {
    startTopicPractice(
      weak.map((w) => w.topic),
      Date.now(),
    );
    setScreen('practice');
  };
  return (
    <section className="card quiz-panel" aria-labelledby="weakest-title">
      <h3 id="weakest-title" className="quiz-panel__title">
        Your weakest topics
      </h3>
      {weak.length === 0 ? (
        <p className="quiz-panel__lead">
          None yet: topics where some of your answers were wrong appear here, worst first.
        </p>
      ) : (
        <>
          <ol className="weakest-topics">
            {weak.map((w) => (
              <li key={w.topic}>
                <strong>{TOPIC_LABELS[w.topic]}</strong>: {w.right} of {w.answered}{' '}
                {w.answered === 1 ? 'answer' : 'answers'} right ({percent(w.right / w.answered)})
              </li>
            ))}
          </ol>
          <div className="practice__actions">
            <button type="button" className="button button--primary" onClick={practise}>
              {weak.length === 1 ? 'Practise this topic' : `Practise these ${weak.length} topics`}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
