import { correctIds } from '../../quiz/question';
import type { Question } from '../../quiz/schema';
import { CheckIcon, CrossIcon } from '../tools/icons';
import { ShowMeButton } from './ShowMeButton';

/** After an answer in practice: right or not, the teaching point, and "show me". */
export function Feedback({
  question: q,
  correct,
  navigate,
  returnLabel,
}: {
  question: Question;
  correct: boolean;
  navigate: boolean;
  returnLabel?: string;
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
      <Sources urls={q.sources} />
      <ShowMeButton showMe={q.showMe} navigate={navigate} returnLabel={returnLabel} />
    </section>
  );
}

/** The AWS documentation pages the answer rests on, by their address. */
export function Sources({ urls }: { urls: readonly string[] }) {
  return (
    <div className="feedback__sources">
      <p>AWS documentation:</p>
      <ul>
        {urls.map((u) => (
          <li key={u}>
            <a href={u} target="_blank" rel="noreferrer">
              {u.replace(/^https:\/\//, '')}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
