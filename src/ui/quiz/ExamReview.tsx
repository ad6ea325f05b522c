import { useState } from 'react';
import { optionOrder } from '../../quiz/exam';
import type { ExamAttempt } from '../../quiz/progress-schema';
import type { Question } from '../../quiz/schema';
import { isCorrect } from '../../quiz/score';
import { CheckIcon, CrossIcon } from '../tools/icons';
import { QuestionCard } from './QuestionCard';
import { Sources } from './Feedback';
import { ShowMeButton } from './ShowMeButton';

type Filter = 'all' | 'missed' | 'flagged';

/** Every question of a finished attempt: your answer, the right set, and why each option is what it is. */
export function ExamReview({
  attempt,
  questions,
}: {
  attempt: ExamAttempt;
  questions: readonly Question[];
}) {
  const [filter, setFilter] = useState<Filter>('all');
  const shown = questions.filter((q) =>
    filter === 'all'
      ? true
      : filter === 'flagged'
        ? attempt.flagged.includes(q.id)
        : !isCorrect(q, attempt.answers[q.id]),
  );
  return (
    <section className="card quiz-panel" aria-labelledby="review-title">
      <div className="review__head">
        <h3 id="review-title" className="quiz-panel__title">
          Review
        </h3>
        <div className="segmented" role="group" aria-label="Show">
          {(['all', 'missed', 'flagged'] as const).map((f) => (
            <button key={f} type="button" aria-pressed={filter === f} onClick={() => setFilter(f)}>
              {f === 'all' ? 'All' : f === 'missed' ? 'Missed' : 'Flagged'}
            </button>
          ))}
        </div>
      </div>
      {shown.length === 0 && <p className="empty-note">No questions to show here.</p>}
      <ol className="review__list">
        {shown.map((q) => {
          const chosen = attempt.answers[q.id] ?? [];
          const ok = isCorrect(q, chosen);
          const n = attempt.questionIds.indexOf(q.id) + 1;
          return (
            <li
              key={q.id}
              className={`review__item ${ok ? 'review__item--right' : 'review__item--wrong'}`}
            >
              <p className="review__verdict">
                {ok ? <CheckIcon size={18} /> : <CrossIcon size={18} />}
                <strong>
                  Question {n}: {ok ? 'right' : chosen.length === 0 ? 'not answered' : 'wrong'}
                </strong>
                {attempt.flagged.includes(q.id) && <span className="chip">flagged</span>}
              </p>
              <QuestionCard
                question={q}
                order={optionOrder(q, attempt.seed)}
                chosen={chosen}
                reveal
              />
              <p className="review__explanation">{q.explanation}</p>
              <Sources urls={q.sources} />
              <ShowMeButton showMe={q.showMe} navigate returnLabel={`Back to question ${n}`} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
