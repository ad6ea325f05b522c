import { useEffect, type CSSProperties } from 'react';
import { keyLabel } from '../../commands';
import type { LessonSession } from './session';
import { searchWithoutLesson } from '../../lessons/link';
import { goToSearch } from './lesson-address';
import { Narration } from './Narration';
import { PredictStop } from './PredictStop';
import {
  answerStep,
  canGoNext,
  goToStep,
  leaveFinished,
  nextLessonAfter,
  nextStep,
  previousStep,
  REVEALED,
  tallyOf,
  tallySentence,
  useLessonSession,
} from './session';
import { Appear } from '../motion/Appear';

const exit = () => goToSearch(searchWithoutLesson(window.location.search), 'replace');

/** The lesson beside the diagram: where we are, what is happening, the question, Next and Back. */
export function LessonPanel() {
  const s = useLessonSession((state) => state.session);
  const waiting =
    s !== null &&
    !s.travelling &&
    s.steps[s.step]!.step.predict !== undefined &&
    s.answers[s.step] === undefined;
  useQuestionInView(waiting ? s.step : null);
  if (s === null) return <div className="card alongside-loading">Loading the lesson…</div>;
  const step = s.steps[s.step]!;
  const last = s.step === s.steps.length - 1;
  const predict = step.step.predict;
  return (
    <section className="card lesson-panel" aria-labelledby="lesson-title">
      <header className="lesson-panel__head">
        <p className="lesson-panel__kicker">
          Lesson · Step {s.step + 1} of {s.steps.length}
        </p>
        <h2 id="lesson-title" className="lesson-panel__title">
          {s.lesson.title}
        </h2>
        <div
          className="lesson-panel__bar"
          style={{ '--done': `${((s.step + 1) / s.steps.length) * 100}%` } as CSSProperties}
          aria-hidden="true"
        />
      </header>
      <div className="lesson-panel__body" aria-live="polite">
        {s.travelling ? (
          <Travelling s={s} />
        ) : (
          // Each step's narration comes in as the step is reached.
          <Appear id={s.step}>
            <Narration key={s.step} text={step.step.narration} brief={waiting} />
          </Appear>
        )}
        {!s.travelling && predict !== undefined && step.answer !== null && (
          <>
            <PredictStop
              id={`predict-${s.step}`}
              predict={predict}
              chosen={s.answers[s.step]}
              answer={step.answer}
              onAnswer={answerStep}
            />
            {s.answers[s.step] === undefined ? (
              <p className="lesson-panel__hint">Answer to go on: the simulation waits here.</p>
            ) : (
              <Verdict chosen={s.answers[s.step]!} answer={step.answer} />
            )}
          </>
        )}
        {s.done && <LessonEnd s={s} />}
      </div>
      <div className="lesson-panel__nav">
        <button
          type="button"
          className="button"
          onClick={() => void previousStep()}
          disabled={s.step === 0 && !s.travelling}
          aria-keyshortcuts="PageUp"
          title={`Previous step (${keyLabel('PageUp')})`}
        >
          Back
        </button>
        {/* Once done, the end's Next lesson takes PageDown. */}
        {!s.done && (
          <button
            type="button"
            className="button lesson-primary"
            onClick={() => void nextStep()}
            disabled={!canGoNext(s)}
            aria-keyshortcuts="PageDown"
            title={`Next step (${keyLabel('PageDown')})`}
          >
            {s.travelling
              ? 'Skip ahead'
              : last
                ? 'Finish'
                : predict !== undefined && s.answers[s.step] !== undefined
                  ? 'Watch why'
                  : 'Next'}
          </button>
        )}
        <button type="button" className="button lesson-panel__exit" onClick={exit}>
          Exit lesson
        </button>
      </div>
    </section>
  );
}

/** Right or not, and what Next does now: the choice stays marked beside the right answer. */
function Verdict({ chosen, answer }: { chosen: string; answer: string }) {
  if (chosen === REVEALED)
    return (
      <p className="lesson-panel__hint">The right answer is marked. Next plays on to show why.</p>
    );
  const right = chosen === answer;
  return (
    <div className={`lesson-feedback lesson-feedback--${right ? 'right' : 'wrong'}`} role="status">
      <p className="lesson-feedback__verdict">{right ? 'Right.' : 'Not this time.'}</p>
      <p>Press Watch why to play on to the moment that shows it.</p>
    </div>
  );
}

/** The end of a lesson: how it went, what to look at again, and where to go next (Next too). */
function LessonEnd({ s }: { s: LessonSession }) {
  const tally = tallyOf(s);
  const sentence = tallySentence(tally);
  const next = nextLessonAfter(s.lesson.id);
  return (
    <div className="lesson-end" role="status">
      <p className="lesson-end__title">Lesson complete.</p>
      {sentence !== null && <p className="lesson-end__tally">{sentence}</p>}
      {tally.review.length > 0 && (
        <div className="lesson-end__review">
          <p>Worth another look:</p>
          <ul>
            {tally.review.map((i) => (
              <li key={i}>
                <button type="button" className="lesson-end__step" onClick={() => void goToStep(i)}>
                  Step {i + 1}: {s.steps[i]!.step.predict?.question}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {next !== undefined ? (
        <button
          type="button"
          className="button lesson-primary"
          onClick={() => leaveFinished(s.lesson.id)}
          aria-keyshortcuts="PageDown"
          title={`Next lesson (${keyLabel('PageDown')})`}
        >
          Next lesson: {next.title}
        </button>
      ) : (
        <p>
          That was the last lesson. Try the quiz, or change a scenario in the simulator: Exit lesson
          (or {keyLabel('PageDown')}) takes you there.
        </p>
      )}
    </div>
  );
}

/**
 * While the simulation plays on: the verdict on the question just answered, if there was one. A
 * question revealed for the room has no one's answer to judge: it names the right one.
 */
function Travelling({ s }: { s: LessonSession }) {
  const before = s.steps[s.step - 1];
  const chosen = s.answers[s.step - 1];
  const predict = before?.step.predict;
  if (before === undefined || predict === undefined || chosen === undefined)
    return <p className="lesson-panel__status">Playing on to the next moment…</p>;
  const label = predict.options.find((o) => o.id === before.answer)?.label ?? '';
  if (chosen === REVEALED)
    return (
      <div className="lesson-feedback lesson-feedback--revealed">
        <p className="lesson-feedback__verdict">The answer: {label} — watch why.</p>
        <p>The simulation plays on to the moment that shows it.</p>
      </div>
    );
  const right = chosen === before.answer;
  return (
    <div className={`lesson-feedback lesson-feedback--${right ? 'right' : 'wrong'}`}>
      <p className="lesson-feedback__verdict">{right ? 'Right.' : 'Not this time.'}</p>
      <p>
        {right ? 'Watch it happen:' : `The answer is: ${label}. Watch why:`} the simulation plays on
        to the moment that shows it.
      </p>
    </div>
  );
}

/**
 * On a phone the lesson sits under the diagram: when a question waits, the page scrolls so the
 * diagram starts at the top of the screen and the question follows it, both in view.
 */
function useQuestionInView(step: number | null) {
  useEffect(() => {
    if (step === null || !window.matchMedia('(max-width: 1099px)').matches) return;
    const diagram = document.querySelector('.area-diagram');
    diagram?.scrollIntoView?.({ block: 'start' });
  }, [step]);
}
