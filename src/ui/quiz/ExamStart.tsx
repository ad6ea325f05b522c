import { useMemo } from 'react';
import { ALL_QUESTIONS } from '../../quiz/bank';
import { EXAM_VARIANTS, type ExamVariant } from '../../quiz/exam';
import { PASS_SCORE } from '../../quiz/score';
import { dismissExamNotice, startExam, useQuizStore } from './store';

/** Choose a mock exam: the long one in the real exam's shape, or the short Lambda-only drill. */
export function ExamStart() {
  const results = useQuizStore((s) => s.progress.results);
  const notice = useQuizStore((s) => s.examNotice);
  const pools = useMemo(
    () =>
      Object.fromEntries(
        (Object.keys(EXAM_VARIANTS) as ExamVariant[]).map((v) => [
          v,
          ALL_QUESTIONS.filter(EXAM_VARIANTS[v].includes).length,
        ]),
      ) as Record<ExamVariant, number>,
    [],
  );
  return (
    <section className="card quiz-panel" aria-labelledby="exam-title">
      <h3 id="exam-title" className="quiz-panel__title">
        Mock exam
      </h3>
      <p className="quiz-panel__lead">
        Timed, no feedback until you submit, questions drawn by the weights of the four SAA-C03
        domains. Flag questions to come back to; the countdown keeps running if you reload or close
        the page.
      </p>
      <p className="quiz-panel__lead" id="exam-score-meaning">
        The score is put on the exam’s 100–1,000 scale ({PASS_SCORE} to pass) so you can read it the
        same way. It tells you how ready you are on these topics, weighted like the exam. It does
        not predict your SAA-C03 result: the real exam covers many more services, and AWS scales its
        scores by a method it does not publish.
      </p>
      {notice !== null && (
        <div className="status" role="status">
          <p>{notice}</p>
          <button type="button" className="button button--small" onClick={dismissExamNotice}>
            Dismiss
          </button>
        </div>
      )}
      <ul className="exam-variants">
        {(Object.keys(EXAM_VARIANTS) as ExamVariant[]).map((v) => {
          const info = EXAM_VARIANTS[v];
          const n = Math.min(info.count, pools[v]);
          return (
            <li key={v} className="exam-variant">
              <h4>{info.title}</h4>
              <p>{info.summary}</p>
              {n < info.count && (
                <p className="exam-variant__short">
                  The bank has {pools[v]} questions for it today, so this one has {n}.
                </p>
              )}
              <button
                type="button"
                className="button button--primary"
                disabled={n === 0}
                onClick={() => startExam(v, Date.now())}
              >
                Start the {info.title.toLowerCase()} ({n} questions, {info.minutes} min)
              </button>
            </li>
          );
        })}
      </ul>
      {results.length > 0 && (
        <>
          <h4 className="section-title">Earlier attempts</h4>
          <ol className="exam-history" reversed>
            {[...results].reverse().map((r) => (
              <li key={r.attemptId}>
                <span>{new Date(r.submittedAt).toLocaleString()}</span>
                <span>{EXAM_VARIANTS[r.variant].title}</span>
                <span>
                  {r.correct} / {r.total}
                </span>
                <strong className={r.passed ? 'text-ok' : 'text-bad'}>
                  {r.scaled} · {r.passed ? 'pass' : 'fail'}
                </strong>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
