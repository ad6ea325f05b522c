import { useMemo, useRef } from 'react';
import {
  usePlaybackStore,
  useNarrationStore,
  useRun,
  useScenarioStore,
  type RoomQuestion,
} from '../../store';
import { captionSelector } from '../../view';
import { CaptionLines } from './CaptionLines';
import { useCaptionRoom } from './caption-room';
import { FittedCaption } from './FittedCaption';
import { LessonEndLines, LessonNarrationLine, LessonPlaceLine } from './LessonCaption';

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
  const place = useNarrationStore((s) => s.lesson);
  const end = useNarrationStore((s) => s.end);
  const bar = useRef<HTMLDivElement>(null);
  useCaptionRoom(bar);
  const kind =
    place !== null
      ? ' present-caption--lesson'
      : question !== null
        ? ' present-caption--question'
        : '';
  return (
    <div ref={bar} className={`present-caption${kind}`} role="region" aria-label="Caption">
      {/* Not a live region: during playback it would read out every event. */}
      {place !== null ? (
        // A lesson: where it is, then its end, its question, its words, or the moment's story.
        <div className="lesson-caption">
          <LessonPlaceLine place={place} />
          {end !== null ? (
            <LessonEndLines end={end} />
          ) : question !== null ? (
            <QuestionForTheRoom q={question} />
          ) : lesson !== null ? (
            <LessonNarrationLine text={lesson} />
          ) : caption !== null ? (
            // The lesson's place line takes one of the bar's rows.
            <FittedCaption caption={caption} rows={CAPTION_ROWS - 1} />
          ) : (
            <CaptionLines lines={[name]} />
          )}
        </div>
      ) : question !== null ? (
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
