import { useId, type ReactNode } from 'react';
import { isBuiltInId } from '../../quiz/bank';
import { TOPIC_LABELS } from '../../quiz/mastery';
import { correctIds, expectedCount } from '../../quiz/question';
import type { Question } from '../../quiz/schema';
import { CheckIcon, CrossIcon } from '../tools/icons';
import { CopyQuestionLink } from './CopyQuestionLink';

interface Props {
  readonly question: Question;
  /** Option ids in the order to show them (seeded per session or attempt). */
  readonly order: readonly string[];
  readonly chosen: readonly string[];
  /** Absent once the answer is locked (feedback, review). */
  readonly onChoose?: (chosen: string[]) => void;
  /** Show which options are right and each option's why. */
  readonly reveal: boolean;
  /** "Question 3 of 20" and the like. */
  readonly position?: ReactNode;
  readonly compact?: boolean;
  /**
   * Offer "Copy link to this question" (default true). Off in a timed exam, where a link would
   * leave the attempt; never for a teacher's own questions, which a link cannot open elsewhere.
   */
  readonly linkable?: boolean;
}

const DIFFICULTY = ['', 'Warm-up', 'Exam level', 'Hard'] as const;

/** Toggle an option: one of four replaces the choice; "choose two" adds and removes. */
export function toggleChoice(q: Question, chosen: readonly string[], id: string): string[] {
  if (q.kind === 'single') return [id];
  return chosen.includes(id) ? chosen.filter((c) => c !== id) : [...chosen, id];
}

/**
 * One question: the stem, the options as radio buttons or checkboxes (keys 1–6 in the order
 * shown), and, once revealed, every option marked right or wrong with its why.
 */
export function QuestionCard({
  question: q,
  order,
  chosen,
  onChoose,
  reveal,
  position,
  compact,
  linkable = true,
}: Props) {
  const name = useId();
  const right = new Set(correctIds(q));
  const byId = new Map(q.options.map((o) => [o.id, o]));
  const want = expectedCount(q);
  return (
    <fieldset className={`question${compact ? ' question--compact' : ''}`}>
      <legend className="question__legend">
        {position && <span className="question__position">{position}</span>}
        <span className="question__stem">{q.stem}</span>
      </legend>
      <p className="question__meta">
        <span className="chip">{TOPIC_LABELS[q.topic]}</span>
        <span className="chip chip--plain">{DIFFICULTY[q.difficulty]}</span>
        {q.kind === 'multiple' && (
          <span className="chip chip--accent">Choose {want}: all or nothing</span>
        )}
        {linkable && isBuiltInId(q.id) && <CopyQuestionLink key={q.id} id={q.id} />}
      </p>
      <ol className="options">
        {order.map((id, i) => {
          const o = byId.get(id)!;
          const picked = chosen.includes(id);
          const classes = ['option'];
          if (picked) classes.push('option--picked');
          if (reveal)
            classes.push(
              right.has(id) ? 'option--right' : picked ? 'option--wrong' : 'option--other',
            );
          return (
            <li key={id} className={classes.join(' ')}>
              <label className="option__label">
                <input
                  type={q.kind === 'single' ? 'radio' : 'checkbox'}
                  name={name}
                  value={id}
                  checked={picked}
                  disabled={onChoose === undefined}
                  onChange={() => onChoose?.(toggleChoice(q, chosen, id))}
                />
                <span className="option__key" aria-hidden="true">
                  {i + 1}
                </span>
                <span className="option__text">{o.text}</span>
              </label>
              {reveal && (
                <div className="option__why">
                  <p className="option__verdict">
                    {right.has(id) ? <CheckIcon size={16} /> : <CrossIcon size={16} />}
                    <strong>
                      {right.has(id)
                        ? picked
                          ? 'Right answer, and yours'
                          : 'Right answer'
                        : picked
                          ? 'Your answer: wrong'
                          : 'Wrong'}
                    </strong>
                  </p>
                  <p>{o.why}</p>
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </fieldset>
  );
}
