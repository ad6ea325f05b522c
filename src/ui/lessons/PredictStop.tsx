import { useRef, type KeyboardEvent } from 'react';
import type { Predict } from '../../lessons';

/**
 * A predict-then-reveal question: the options are buttons in a radio group (arrow keys move
 * between them, a click or Enter answers). Once answered, each option says whether it was right.
 */
export function PredictStop({
  id,
  predict,
  chosen,
  answer,
  onAnswer,
}: {
  id: string;
  predict: Predict;
  chosen: string | undefined;
  answer: string;
  onAnswer: (option: string) => void;
}) {
  const group = useRef<HTMLDivElement>(null);
  const answered = chosen !== undefined;
  const focusIndex = Math.max(
    0,
    predict.options.findIndex((o) => o.id === chosen),
  );
  // Arrow keys move between the options here; they must not step the simulation.
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const buttons = [...(group.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const delta = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[e.key];
    if (delta === undefined || at < 0) return;
    e.preventDefault();
    e.stopPropagation();
    buttons[(at + delta + buttons.length) % buttons.length]!.focus();
  };
  return (
    <div className="predict">
      <p className="predict__question" id={`${id}-q`}>
        {predict.question}
      </p>
      <div
        ref={group}
        className="predict__options"
        role="radiogroup"
        aria-labelledby={`${id}-q`}
        onKeyDown={onKeyDown}
      >
        {predict.options.map((o, i) => {
          const verdict = !answered
            ? ''
            : o.id === answer
              ? ' predict__option--right'
              : o.id === chosen
                ? ' predict__option--wrong'
                : '';
          return (
            <button
              key={o.id}
              type="button"
              role="radio"
              aria-checked={o.id === chosen}
              aria-disabled={answered}
              tabIndex={i === focusIndex ? 0 : -1}
              className={`predict__option${verdict}`}
              onClick={() => !answered && onAnswer(o.id)}
            >
              <span className="predict__label">{o.label}</span>
              {answered && o.id === answer && <span className="predict__tag">right answer</span>}
              {answered && chosen !== '' && o.id === chosen && o.id !== answer && (
                <span className="predict__tag">your answer</span>
              )}
            </button>
          );
        })}
      </div>
    </div>
  );
}
