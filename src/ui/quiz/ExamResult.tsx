import { useMemo } from 'react';
import { scoreOf } from '../../quiz/attempt';
import { questionsByIds } from '../../quiz/bank';
import { EXAM_VARIANTS } from '../../quiz/exam';
import type { ExamAttempt } from '../../quiz/progress-schema';
import { PASS_SCORE } from '../../quiz/score';
import { CheckIcon, CrossIcon } from '../tools/icons';
import { DomainBreakdown } from './DomainBreakdown';
import { ExamReview } from './ExamReview';
import { percent } from './format';
import { closeExam, setScreen, startPractice } from './store';

/** A finished exam: the scaled score against 720, the domains, then every question reviewed. */
export function ExamResult({ attempt }: { attempt: ExamAttempt }) {
  const questions = useMemo(() => questionsByIds(attempt.questionIds), [attempt.questionIds]);
  const score = useMemo(() => scoreOf(attempt, questions), [attempt, questions]);
  const timedOut =
    attempt.submittedAt !== null && attempt.submittedAt >= attempt.startedAt + attempt.durationMs;
  const retry = () => {
    startPractice('Retry missed', score.missed, Date.now());
    setScreen('practice');
  };
  return (
    <div className="exam-result">
      <section className="card quiz-panel" aria-labelledby="result-title">
        <h3 id="result-title" className="quiz-panel__title">
          {EXAM_VARIANTS[attempt.variant].title}: result
        </h3>
        <div className={`verdict-box ${score.passed ? 'verdict-box--pass' : 'verdict-box--fail'}`}>
          {score.passed ? <CheckIcon size={36} /> : <CrossIcon size={36} />}
          <div>
            <p className="verdict-box__score">
              <span className="verdict-box__number">{score.scaled}</span>
              <span className="verdict-box__scale">
                {' '}
                / 1,000 · {score.passed ? 'Pass' : 'Below the pass mark'}
              </span>
            </p>
            <p className="verdict-box__detail">
              {score.correct} of {score.total} right ({percent(score.share)}), {score.answered}{' '}
              answered
              {timedOut ? '; submitted when time ran out' : ''}. The pass mark is {PASS_SCORE}.
            </p>
          </div>
        </div>
        <p className="estimate-note">
          What this score means: your readiness on this quiz’s topics, on the exam’s scale. The
          share right in each domain is weighted by the exam guide (30 / 26 / 24 / 20 %), and 72 %
          maps to {PASS_SCORE}, 0 % to 100 and 100 % to 1,000; multiple-response questions count
          only when every choice is right. What it does not mean: a prediction of your SAA-C03
          result. The real exam covers many more services than Lambda and its event sources, and AWS
          does not publish how it scales answers.
        </p>
        <DomainBreakdown domains={score.byDomain} />
        <div className="practice__actions">
          {score.missed.length > 0 && (
            <button type="button" className="button button--primary" onClick={retry}>
              Retry the ones I missed ({score.missed.length})
            </button>
          )}
          <button type="button" className="button" onClick={closeExam}>
            Done: back to the exams
          </button>
        </div>
      </section>
      <ExamReview attempt={attempt} questions={questions} />
    </div>
  );
}
