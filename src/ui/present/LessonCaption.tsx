import { keyLabel } from '../../commands';
import './lesson-caption.css';
import type { LessonEndCaption, LessonPlace } from '../../store';

/** Which lesson and step the room is looking at, above the caption's words. */
export function LessonPlaceLine({ place }: { place: LessonPlace }) {
  return (
    <p className="lesson-caption__place">
      {place.title} · Step {place.step} of {place.steps}
    </p>
  );
}

/** What the lesson says at this step, whole: the room reads it, so it is never cut short. */
export function LessonNarrationLine({ text }: { text: string }) {
  return <p className="lesson-caption__narration">{text}</p>;
}

/** A finished lesson for the room: the tally, and what the clicker's Next does now. */
export function LessonEndLines({ end }: { end: LessonEndCaption }) {
  const key = keyLabel('PageDown');
  return (
    <div className="lesson-caption__end" role="status">
      <p className="lesson-caption__narration">
        Lesson complete.{end.tally !== null && ` ${end.tally}`}
      </p>
      <p className="lesson-caption__hint">
        {end.next !== null
          ? `${key}: next lesson — ${end.next}`
          : `That was the last lesson. ${key}: back to the simulator.`}
      </p>
    </div>
  );
}
