import { useEffect, useMemo, useState } from 'react';
import { timeLeft, unansweredIds } from '../../quiz/attempt';
import { questionById } from '../../quiz/bank';
import { optionOrder } from '../../quiz/exam';
import type { ExamAttempt } from '../../quiz/progress-schema';
import { useNow } from '../tools/useNow';
import { ConfirmDialog } from './ConfirmDialog';
import { Countdown } from './Countdown';
import { ExamNavigator } from './ExamNavigator';
import { QuestionCard, toggleChoice } from './QuestionCard';
import { chooseInExam, goToExamQuestion, submitExam, toggleExamFlag, useQuizStore } from './store';
import { useQuizKeys } from './useQuizKeys';

/** Taking a mock exam: one question at a time, a countdown, a navigator, flags, submit. */
export function ExamSession({ attempt }: { attempt: ExamAttempt }) {
  const index = useQuizStore((s) => s.examIndex);
  const now = useNow(1_000);
  const left = timeLeft(attempt, now);
  const [confirming, setConfirming] = useState(false);
  const id = attempt.questionIds[index]!;
  const q = questionById(id);
  const order = useMemo(() => (q ? optionOrder(q, attempt.seed) : []), [q, attempt.seed]);
  const chosen = attempt.answers[id] ?? [];
  const flagged = attempt.flagged.includes(id);
  const last = index === attempt.questionIds.length - 1;

  // Time is up (also after a reload past the deadline): the clock submits.
  useEffect(() => {
    if (left === 0) submitExam(now);
  }, [left, now]);

  useQuizKeys({
    onOption: (i) => {
      const optionId = order[i];
      if (q && optionId) chooseInExam(id, toggleChoice(q, chosen, optionId));
    },
    onEnter: () => (last ? setConfirming(true) : goToExamQuestion(index + 1)),
    onFlag: () => toggleExamFlag(id),
  });

  const unanswered = unansweredIds(attempt);
  return (
    <div className="exam">
      <div className="exam__bar card">
        <Countdown msLeft={left} />
        <p className="exam__progress">
          {attempt.questionIds.length - unanswered.length} of {attempt.questionIds.length} answered
          {attempt.flagged.length > 0 && ` · ${attempt.flagged.length} flagged`}
        </p>
        <button type="button" className="button" onClick={() => setConfirming(true)}>
          Submit exam
        </button>
      </div>
      <div className="exam__body">
        <section className="card exam__question" aria-label="Question">
          {q ? (
            <QuestionCard
              question={q}
              order={order}
              chosen={chosen}
              onChoose={(next) => chooseInExam(id, next)}
              reveal={false}
              position={`Question ${index + 1} of ${attempt.questionIds.length}`}
              linkable={false}
            />
          ) : (
            <p className="empty-note">
              This question is no longer in the bank; it counts as unanswered.
            </p>
          )}
          <div className="practice__actions">
            <button
              type="button"
              className="button"
              disabled={index === 0}
              onClick={() => goToExamQuestion(index - 1)}
            >
              Previous
            </button>
            <button
              type="button"
              className={`button flag-button${flagged ? ' flag-button--on' : ''}`}
              aria-pressed={flagged}
              onClick={() => toggleExamFlag(id)}
            >
              {flagged ? 'Flagged for review' : 'Flag for review'}
            </button>
            {last ? (
              <button
                type="button"
                className="button button--primary"
                onClick={() => setConfirming(true)}
              >
                Finish and submit
              </button>
            ) : (
              <button
                type="button"
                className="button button--primary"
                onClick={() => goToExamQuestion(index + 1)}
              >
                Next
              </button>
            )}
            <span className="keys-hint">
              <kbd>1</kbd>–<kbd>6</kbd> choose, <kbd>Enter</kbd> next, <kbd>F</kbd> flag
            </span>
          </div>
        </section>
        <ExamNavigator
          ids={attempt.questionIds}
          current={index}
          cellOf={(qid) => ({
            answered: (attempt.answers[qid]?.length ?? 0) > 0,
            flagged: attempt.flagged.includes(qid),
          })}
          onGo={goToExamQuestion}
        />
      </div>
      {confirming && (
        <ConfirmDialog
          title="Submit the exam?"
          confirmLabel="Submit now"
          cancelLabel="Keep working"
          onConfirm={() => {
            setConfirming(false);
            submitExam(Date.now());
          }}
          onCancel={() => setConfirming(false)}
        >
          {unanswered.length === 0 ? (
            <p>Every question has an answer. Once submitted, answers can no longer change.</p>
          ) : (
            <>
              <p>
                {unanswered.length} {unanswered.length === 1 ? 'question has' : 'questions have'} no
                answer and will count as wrong:
              </p>
              <ul className="confirm__list">
                {unanswered.map((qid) => (
                  <li key={qid}>
                    <button
                      type="button"
                      className="text-link"
                      onClick={() => {
                        setConfirming(false);
                        goToExamQuestion(attempt.questionIds.indexOf(qid));
                      }}
                    >
                      Question {attempt.questionIds.indexOf(qid) + 1}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
          {attempt.flagged.length > 0 && (
            <p>
              {attempt.flagged.length} flagged for review:{' '}
              {attempt.flagged.map((qid) => attempt.questionIds.indexOf(qid) + 1).join(', ')}.
            </p>
          )}
        </ConfirmDialog>
      )}
    </div>
  );
}
