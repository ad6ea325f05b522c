import { useEffect, useState } from 'react';
import { lessonById, resolveLesson } from '../../lessons';
import { setLessonKeys } from '../../lessons/keys';
import { searchWithLesson, searchWithoutLesson, type LessonAddress } from '../../lessons/link';
import {
  presetScenario,
  loadEngine,
  loadPresets,
  runOf,
  useNarrationStore,
  usePlaybackStore,
  usePresentationStore,
  useScenarioStore,
} from '../../store';
import { familiesReady, loadFamilies } from '../../store/families';
import { goToSearch, showLesson } from './lesson-address';
import { LessonPanel } from './LessonPanel';
import { recordProgress } from './progress-store';
import {
  controlPlayback,
  endSession,
  nextOrReveal,
  nextStep,
  previousStep,
  questionWaiting,
  REVEALED,
  startLesson,
  tallyOf,
  tallySentence,
  nextLessonAfter,
  useLessonSession,
} from './session';
import './lessons.css';

type Status = { kind: 'loading' } | { kind: 'ready' } | { kind: 'failed'; message: string };

/**
 * A lesson running in the simulator: resolves its steps on the runs, starts the session at the
 * step the address names, stops playback at steps and questions, keeps the address, the saved
 * progress and the presentation caption in step with it, and shows the panel.
 */
const REPLACE_EDITS =
  'Start the lesson? It opens its own scenario, and your changes to the current one will be lost.';
const KEPT_EDITS =
  'The lesson did not start, so your edited scenario is still open. Exit the lesson to go on with it.';

export default function LessonRuntime({
  address,
  shown,
}: {
  address: LessonAddress;
  shown: boolean;
}) {
  const lesson = lessonById(address.id);
  const [status, setStatus] = useState<Status>(
    lesson === undefined
      ? { kind: 'failed', message: `There is no lesson called “${address.id}”.` }
      : { kind: 'loading' },
  );

  useEffect(() => {
    if (lesson === undefined) return;
    let cancelled = false;
    Promise.all([loadPresets(), loadEngine()])
      .then(() => {
        const needsFamilies = lesson.steps.some((s) => !familiesReady(presetScenario(s.preset)));
        return needsFamilies ? loadFamilies() : undefined;
      })
      .then(() => {
        if (cancelled) return;
        const resolved = resolveLesson(lesson, (id) => runOf(presetScenario(id)));
        if (!resolved.ok) throw new Error('lesson does not fit its scenarios');
        // A lesson runs on its own scenarios: edited work is replaced only if the person agrees.
        if (useScenarioStore.getState().edited && !window.confirm(REPLACE_EDITS)) {
          setStatus({ kind: 'failed', message: KEPT_EDITS });
          return;
        }
        showLesson(true);
        // A clicker's Next at a question reveals it for the room (the class answers aloud).
        setLessonKeys({
          next: () =>
            void (usePresentationStore.getState().presenting ? nextOrReveal() : nextStep()),
          back: () => void previousStep(),
        });
        setStatus({ kind: 'ready' });
        return startLesson(lesson, resolved.steps, address.step - 1);
      })
      .catch(() => {
        if (!cancelled) setStatus({ kind: 'failed', message: 'This lesson could not be loaded.' });
      });
    return () => {
      cancelled = true;
      setLessonKeys(null);
      endSession();
      useNarrationStore.setState({
        caption: null,
        question: null,
        hideFuture: false,
        lesson: null,
        end: null,
      });
    };
    // The step in the address is read once, on opening; later the lesson writes it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [address.id]);

  // The controller: every playback change goes past the lesson's stops.
  useEffect(() => usePlaybackStore.subscribe(controlPlayback), []);

  // Narration caption, address and saved progress follow the step.
  useEffect(
    () =>
      useLessonSession.subscribe(({ session: s }, { session: before }) => {
        if (s === null) return;
        const step = s.steps[s.step]!;
        const predict = step.step.predict;
        const chosen = s.answers[s.step];
        useNarrationStore.setState({
          caption: s.travelling ? null : step.step.narration,
          question:
            s.travelling || predict === undefined || step.answer === null
              ? null
              : {
                  question: predict.question,
                  options: predict.options.map((o) => ({
                    label: o.label,
                    right: o.id === step.answer,
                  })),
                  revealed: chosen !== undefined,
                  chosen:
                    chosen === undefined || chosen === REVEALED
                      ? null
                      : (predict.options.find((o) => o.id === chosen)?.label ?? null),
                },
          hideFuture: questionWaiting(s),
          lesson: {
            id: s.lesson.id,
            title: s.lesson.title,
            step: s.step + 1,
            steps: s.steps.length,
          },
          end: s.done
            ? {
                tally: tallySentence(tallyOf(s)),
                next: nextLessonAfter(s.lesson.id)?.title ?? null,
              }
            : null,
        });
        if (before === null || before.step !== s.step)
          goToSearch(searchWithLesson(window.location.search, s.lesson.id, s.step + 1), 'replace');
        if (!s.travelling) recordProgress(s.lesson.id, s.step, s.done);
      }),
    [],
  );

  if (!shown) return null;
  if (status.kind === 'failed')
    return (
      <section className="card lesson-panel" aria-label="Lesson">
        <p className="lesson-panel__narration" role="alert">
          {status.message}
        </p>
        <div className="lesson-panel__nav">
          <button
            type="button"
            className="button"
            onClick={() => goToSearch(searchWithoutLesson(window.location.search), 'replace')}
          >
            Exit lesson
          </button>
        </div>
      </section>
    );
  if (status.kind === 'loading')
    return <div className="card alongside-loading">Loading the lesson…</div>;
  return <LessonPanel />;
}
