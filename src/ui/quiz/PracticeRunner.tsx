import { useEffect, useRef, useState, type RefObject } from 'react';
import { questionById } from '../../quiz/bank';
import { optionOrder } from '../../quiz/exam';
import { Feedback } from './Feedback';
import { QuestionCard, toggleChoice } from './QuestionCard';
import { SessionEnd } from './SessionEnd';
import {
  answerPractice,
  endPractice,
  finishPractice,
  nextPractice,
  startTopicPractice,
  type PracticeSession,
  useQuizStore,
} from './store';
import { useQuizKeys } from './useQuizKeys';

interface Props {
  /** Beside the simulator: smaller, keys only inside the panel, "show me" stays on the page. */
  readonly compact?: boolean;
  readonly scope?: RefObject<HTMLElement | null>;
}

/** A practice session: one question at a time with instant feedback, then a summary. */
export function PracticeRunner({ compact = false, scope }: Props) {
  const session = useQuizStore((s) => s.session);
  if (session === null) return null;
  const id = session.ids[session.index];
  if (id === undefined) return <SessionEnd session={session} compact={compact} />;
  // Keyed by question, so the choice in progress starts empty for each new question.
  return (
    <PracticeQuestion
      key={`${session.seed}:${id}`}
      session={session}
      id={id}
      compact={compact}
      scope={scope}
    />
  );
}

function PracticeQuestion({
  session,
  id,
  compact,
  scope,
}: {
  session: PracticeSession;
  id: string;
  compact: boolean;
  scope?: RefObject<HTMLElement | null>;
}) {
  const q = questionById(id);
  const answered = session.answers[id];
  const [chosen, setChosen] = useState<string[]>([]);
  const next = useRef<HTMLButtonElement>(null);
  const order = q ? optionOrder(q, session.seed) : [];

  useEffect(() => {
    if (answered) next.current?.focus();
  }, [answered]);

  const check = () => {
    if (q && chosen.length > 0 && !answered) answerPractice(q.id, chosen, Date.now());
  };
  // A linked question has no session to go on with: "more on this topic" starts one.
  const goOn = () =>
    session.linked && q ? startTopicPractice([q.topic], Date.now()) : nextPractice(Date.now());

  useQuizKeys(
    {
      onOption: (i) => {
        const optionId = order[i];
        if (q && optionId && !answered) setChosen(toggleChoice(q, chosen, optionId));
      },
      onEnter: () => (answered ? goOn() : check()),
    },
    scope,
  );

  if (q === undefined) {
    // A saved session can outlive a question removed from the bank: skip it.
    return (
      <div className="practice">
        <p className="empty-note">This question is no longer in the bank.</p>
        <button type="button" className="button" onClick={goOn}>
          Next question
        </button>
      </div>
    );
  }
  const returnLabel = session.linked
    ? 'Back to the question'
    : `Back to question ${session.index + 1}`;
  const position = session.linked
    ? 'Linked question'
    : `${session.title} · question ${session.index + 1} of ${session.ids.length}`;
  return (
    <div className="practice">
      <QuestionCard
        question={q}
        order={order}
        chosen={answered ? answered.chosen : chosen}
        onChoose={answered ? undefined : setChosen}
        reveal={answered !== undefined}
        position={position}
        compact={compact}
      />
      {answered ? (
        <>
          <Feedback
            question={q}
            correct={answered.correct}
            navigate={!compact}
            returnLabel={returnLabel}
          />
          <div className="practice__actions">
            <button ref={next} type="button" className="button button--primary" onClick={goOn}>
              {session.linked
                ? 'More questions on this topic'
                : session.index + 1 < session.ids.length
                  ? 'Next question'
                  : 'See how it went'}
            </button>
            {session.linked ? (
              <BackToQuiz compact={compact} />
            ) : (
              session.index + 1 < session.ids.length && <EndEarly />
            )}
          </div>
        </>
      ) : (
        <div className="practice__actions">
          <button
            type="button"
            className="button button--primary"
            disabled={chosen.length === 0}
            onClick={check}
          >
            Check answer
          </button>
          <span className="keys-hint">
            Keys: <kbd>1</kbd>–<kbd>{q.options.length}</kbd> choose, <kbd>Enter</kbd> checks
          </span>
          {session.linked ? <BackToQuiz compact={compact} /> : <EndEarly />}
        </div>
      )}
    </div>
  );
}

function EndEarly() {
  return (
    <button type="button" className="text-link practice__end" onClick={finishPractice}>
      End session
    </button>
  );
}

/** Leave a linked question for the quiz's start (beside the simulator: its own start). */
function BackToQuiz({ compact }: { compact: boolean }) {
  return (
    <button type="button" className="text-link practice__end" onClick={endPractice}>
      {compact ? 'Choose other questions' : 'Back to the quiz'}
    </button>
  );
}
