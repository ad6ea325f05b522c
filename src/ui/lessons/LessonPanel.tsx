import type { CSSProperties } from 'react';
import { keyLabel } from '../../commands';
import type { LessonSession } from './session';
import { searchWithoutLesson } from '../../lessons/link';
import { goToSearch } from './lesson-address';
import { PredictStop } from './PredictStop';
import { answerStep, canGoNext, nextStep, previousStep, useLessonSession } from './session';
import { Appear } from '../motion/Appear';

const exit = () => goToSearch(searchWithoutLesson(window.location.search), 'replace');

/** The lesson beside the diagram: where we are, what is happening, the question, Next and Back. */
export function LessonPanel() {
  const s = useLessonSession((state) => state.session);
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
            <p className="lesson-panel__narration" data-testid="lesson-narration">
              {step.step.narration}
            </p>
          </Appear>
        )}
        {!s.travelling && predict !== undefined && step.answer !== null && (
          <>
            <PredictStop
              id={`predict-${s.step}`}
              predict={predict}
              chosen={s.answers[s.step]}
              answer={step.answer}
              onAnswer={(o) => void answerStep(o)}
            />
            {s.answers[s.step] === undefined && (
              <p className="lesson-panel__hint">Answer to go on: the simulation waits here.</p>
            )}
          </>
        )}
        {s.done && (
          <p className="lesson-panel__done" role="status">
            Lesson complete. Pick another from the Lessons tab, or go Back to any step.
          </p>
        )}
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
        <button
          type="button"
          className="button lesson-primary"
          onClick={() => void nextStep()}
          disabled={!canGoNext(s)}
          aria-keyshortcuts="PageDown"
          title={`Next step (${keyLabel('PageDown')})`}
        >
          {s.travelling ? 'Skip ahead' : last ? 'Finish' : 'Next'}
        </button>
        <button type="button" className="button lesson-panel__exit" onClick={exit}>
          Exit lesson
        </button>
      </div>
    </section>
  );
}

/** While the simulation plays on: the verdict on the question just answered, if there was one. */
function Travelling({ s }: { s: LessonSession }) {
  const before = s.steps[s.step - 1];
  const chosen = s.answers[s.step - 1];
  const predict = before?.step.predict;
  if (before === undefined || predict === undefined || chosen === undefined)
    return <p className="lesson-panel__status">Playing on to the next moment…</p>;
  const right = chosen === before.answer;
  const label = predict.options.find((o) => o.id === before.answer)?.label ?? '';
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
