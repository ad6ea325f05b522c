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
import { FittedCaption } from './FittedCaption';

/**
 * The caption along the bottom of a presentation: a lesson's question with its options (the right
 * one marked once revealed), else what the lesson says, else the story of the latest moment
 * (every event of it, the notable ones first, written to fit the bar's rows), else the scenario's name. It re-renders when the
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
      ) : lesson === null && caption !== null ? (
        <FittedCaption caption={caption} rows={CAPTION_ROWS} />
      ) : (
        <CaptionLines lines={[lesson ?? name]} />
      )}
    </div>
  );
}

const LETTERS = 'ABCDEF';

/** The rows of the caption bar (see --present-caption-h in present.css). */
const CAPTION_ROWS = 3;

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
