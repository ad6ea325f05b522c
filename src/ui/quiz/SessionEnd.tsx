import { questionsByIds } from '../../quiz/bank';
import { endPractice, startPractice, type PracticeSession } from './store';

/** The end of a practice session: how it went, and the misses to try again. */
export function SessionEnd({ session, compact }: { session: PracticeSession; compact: boolean }) {
  const answered = Object.entries(session.answers);
  const right = answered.filter(([, a]) => a.correct).length;
  const missed = answered.filter(([, a]) => !a.correct).map(([id]) => id);
  const missedQuestions = questionsByIds(missed);
  return (
    <section
      className={`card session-end${compact ? ' session-end--compact' : ''}`}
      aria-labelledby="session-end-title"
    >
      <h3 id="session-end-title">{answered.length === 0 ? 'Nothing answered' : 'Session done'}</h3>
      <p className="session-end__score">
        {answered.length === 0
          ? 'This session had no questions left to ask.'
          : `${right} of ${answered.length} right.`}
      </p>
      {missedQuestions.length > 0 && (
        <>
          <h4 className="section-title">Missed</h4>
          <ul className="session-end__missed">
            {missedQuestions.map((q) => (
              <li key={q.id}>{q.stem}</li>
            ))}
          </ul>
        </>
      )}
      <div className="practice__actions">
        {missed.length > 0 && (
          <button
            type="button"
            className="button button--primary"
            onClick={() => startPractice('Retry missed', missed, Date.now())}
          >
            Retry the ones I missed
          </button>
        )}
        <button type="button" className="button" onClick={endPractice}>
          {compact ? 'Choose other questions' : 'Back to topics'}
        </button>
      </div>
    </section>
  );
}
