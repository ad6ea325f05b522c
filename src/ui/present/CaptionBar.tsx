import { useMemo } from 'react';
import {
  usePlaybackStore,
  useNarrationStore,
  useRun,
  useScenarioStore,
  type RoomQuestion,
} from '../../store';
import { captionSelector } from '../../view';
import { CaptionLines } from './CaptionLines';

/**
 * The caption along the bottom of a presentation: a lesson's question with its options (the right
 * one marked once revealed), else what the lesson says, else the story of the latest moment
 * (every event of it, the notable ones first), else the scenario's name. It re-renders when the
 * moment changes, not on every frame.
 */
export function CaptionBar() {
  const run = useRun();
  const selector = useMemo(() => captionSelector(run), [run]);
  const caption = usePlaybackStore(selector);
  const lesson = useNarrationStore((s) => s.caption);
  const question = useNarrationStore((s) => s.question);
  const name = useScenarioStore((s) => s.scenario.name);
  return (
    <div
      className={
        question !== null ? 'present-caption present-caption--question' : 'present-caption'
      }
      role="region"
      aria-label="Caption"
    >
      {/* Not a live region: during playback it would read out every event. */}
      {question !== null ? (
        <QuestionForTheRoom q={question} />
      ) : (
        <CaptionLines lines={lesson !== null ? [lesson] : (caption?.lines ?? [name])} />
      )}
    </div>
  );
}

const LETTERS = 'ABCDEF';

/** The question for the class to answer aloud; the next PageDown reveals the right option. */
function QuestionForTheRoom({ q }: { q: RoomQuestion }) {
  return (
    <div className="room-question">
      <p className="room-question__text">{q.question}</p>
      <ol className="room-question__options">
        {q.options.map((o, i) => {
          const right = q.revealed && o.right;
          const chosenWrong = q.chosen === o.label && !o.right;
          return (
            <li
              key={o.label}
              className={`room-question__option${right ? ' room-question__option--right' : ''}${chosenWrong ? ' room-question__option--wrong' : ''}`}
            >
              <span className="room-question__letter" aria-hidden="true">
                {LETTERS[i]}
              </span>
              {o.label}
              {right && <span className="room-question__tag"> ✓ right answer</span>}
              {chosenWrong && <span className="room-question__tag"> ✗ chosen</span>}
            </li>
          );
        })}
      </ol>
      <p className="room-question__hint">
        {q.revealed ? 'Next plays on to show why.' : 'Answer aloud — Next reveals the answer.'}
      </p>
    </div>
  );
}
