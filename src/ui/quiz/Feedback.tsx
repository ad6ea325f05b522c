import { correctIds } from '../../quiz/question';
import type { Question } from '../../quiz/schema';
import { CheckIcon, CrossIcon } from '../tools/icons';
import { ShowMeButton } from './ShowMeButton';

/** After an answer in practice: right or not, the teaching point, and "show me". */
export function Feedback({
  question: q,
  correct,
  navigate,
}: {
  question: Question;
  correct: boolean;
  navigate: boolean;
}) {
  const right = correctIds(q).map((id) => q.options.find((o) => o.id === id)!.text);
  return (
    <section
      className={`feedback ${correct ? 'feedback--right' : 'feedback--wrong'}`}
      aria-label="Feedback"
    >
      <p className="feedback__verdict" role="status">
        {correct ? <CheckIcon size={22} /> : <CrossIcon size={22} />}
        {correct ? 'Right' : 'Not quite'}
      </p>
      {!correct && (
        <p className="feedback__right">
          {right.length === 1 ? 'The right answer: ' : 'The right answers: '}
          {right.join(' · ')}
        </p>
      )}
      <p className="feedback__explanation">{q.explanation}</p>
      <ShowMeButton showMe={q.showMe} navigate={navigate} />
    </section>
  );
}
