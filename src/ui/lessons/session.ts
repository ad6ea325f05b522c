import type { Lesson, ResolvedStep } from '../../lessons';
import { gatePlayback } from '../../lessons/gate';
import { travelPlan } from '../../lessons/travel';
import {
  clampSpeed,
  loadPreset,
  selectMessage,
  setSpeed,
  usePlaybackStore,
  useScenarioStore,
} from '../../store';
import { plural } from '../../view';
import { lessons } from '../../lessons';
import { searchWithLesson, searchWithoutLesson } from '../../lessons/link';
import { goToSearch } from './lesson-address';
import { useLessonSession, type LessonSession } from './session-store';

// The store stays in a module of its own, so the diagram can read it without loading the lesson
// machinery (gates, travel plans) on the first page.
export { useLessonSession, type LessonSession };

const current = () => useLessonSession.getState().session;

function patch(change: Partial<LessonSession>): void {
  const s = current();
  if (s !== null) useLessonSession.setState({ session: { ...s, ...change } });
}

/** Whether the simulator shows the scenario of the current step, unedited. */
export function onStepScenario(s: LessonSession): boolean {
  const { presetId, edited } = useScenarioStore.getState();
  return presetId === s.steps[s.step]!.preset && !edited;
}

function ensurePreset(preset: string): Promise<void> {
  const { presetId, edited } = useScenarioStore.getState();
  return presetId === preset && !edited ? Promise.resolve() : loadPreset(preset).then(() => {});
}

function newMove(): number {
  const move = current()!.move + 1;
  patch({ move });
  return move;
}

/** Stop at a step's moment: paused, the learner's speed back, the step's message selected. */
function arrive(index: number, t: number): void {
  const s = current()!;
  // The session first, then one playback change: the controller must see the step reached.
  patch({ step: index, travelling: false, savedSpeed: null });
  const speed = s.savedSpeed !== null ? { speed: clampSpeed(s.savedSpeed) } : {};
  usePlaybackStore.setState({ t, playing: false, ...speed });
  const msg = s.steps[index]!.event.msg;
  selectMessage(msg >= 0 ? msg : null);
}

/** Go straight to a step (a link, Back, skipping ahead): time travel, restoring its scenario. */
export function goToStep(index: number): Promise<void> {
  const s = current();
  if (s === null) return Promise.resolve();
  const target = s.steps[Math.min(Math.max(0, index), s.steps.length - 1)]!;
  const move = newMove();
  patch({ done: false });
  return ensurePreset(target.preset).then(() => {
    if (current()?.move === move) arrive(target.index, target.t);
  });
}

/** Play the simulation on to a step's moment; the controller stops it there. */
function playTo(index: number): Promise<void> {
  const target = current()!.steps[index]!;
  const move = newMove();
  return ensurePreset(target.preset).then(() => {
    const s = current();
    if (s === null || s.move !== move) return;
    const { t, speed } = usePlaybackStore.getState();
    const plan = travelPlan(t, target.t);
    if (plan === null) return arrive(index, target.t);
    patch({ step: index, travelling: true, savedSpeed: s.savedSpeed ?? speed });
    usePlaybackStore.setState({ t: plan.start, speed: plan.speed, playing: true });
  });
}

export function startLesson(
  lesson: Lesson,
  steps: readonly ResolvedStep[],
  step: number,
): Promise<void> {
  useLessonSession.setState({
    session: {
      lesson,
      steps,
      step: 0,
      travelling: false,
      answers: {},
      done: false,
      savedSpeed: null,
      move: 0,
    },
  });
  return goToStep(step);
}

/**
 * Whether Next would do anything now: not while a question waits for its answer. At a lesson's
 * end it opens the next lesson (or, after the last one, leaves), so a clicker never gets stuck.
 */
export function canGoNext(s: LessonSession): boolean {
  if (s.travelling || s.done) return true;
  const step = s.steps[s.step]!;
  return step.answer === null || s.answers[s.step] !== undefined;
}

/** The lesson after this one, if any. */
export function nextLessonAfter(id: string): Lesson | undefined {
  const at = lessons.findIndex((l) => l.id === id);
  return at >= 0 ? lessons[at + 1] : undefined;
}

/** From a finished lesson: the next lesson's first step, or out of the last one. */
export function leaveFinished(id: string): void {
  const next = nextLessonAfter(id);
  const search = searchWithoutLesson(window.location.search);
  if (next === undefined) goToSearch(search, 'replace');
  else goToSearch(searchWithLesson(search, next.id, 1), 'push');
}

/**
 * Next: finish playing to the step, or play on to the next one, or finish the lesson, or (once
 * finished) go on to the next lesson.
 */
export function nextStep(): Promise<void> {
  const s = current();
  if (s === null || !canGoNext(s)) return Promise.resolve();
  if (s.travelling) return goToStep(s.step);
  if (s.done) {
    leaveFinished(s.lesson.id);
    return Promise.resolve();
  }
  if (s.step === s.steps.length - 1) {
    patch({ done: true });
    return Promise.resolve();
  }
  return playTo(s.step + 1);
}

/** Back: the step before, at its exact moment (while playing to a step: the one it left). */
export function previousStep(): Promise<void> {
  const s = current();
  if (s === null) return Promise.resolve();
  if (s.step === 0) return s.travelling ? goToStep(0) : Promise.resolve();
  return goToStep(s.step - 1);
}

/**
 * The answer recorded when a presenter reveals a question for the room: the class answered aloud,
 * so there is no one's choice to mark and nothing to count.
 */
export const REVEALED = '';

/** Whether the current step asks a question nobody has answered or revealed yet. */
export function questionWaiting(s: LessonSession): boolean {
  return !s.travelling && s.steps[s.step]!.answer !== null && s.answers[s.step] === undefined;
}

/**
 * Answer the current step's question. The choice stays marked beside the right answer until the
 * learner moves on with Next, which plays on to the moment that shows why.
 */
export function answerStep(option: string): void {
  const s = current();
  if (s === null || !questionWaiting(s)) return;
  patch({ answers: { ...s.answers, [s.step]: option } });
}

/** Show the room the right answer (a presenter's Next at a question); Next again plays on. */
export function revealStep(): void {
  const s = current();
  if (s === null || !questionWaiting(s)) return;
  patch({ answers: { ...s.answers, [s.step]: REVEALED } });
}

/** A clicker's Next: at a waiting question, reveal it; otherwise go on. */
export function nextOrReveal(): Promise<void> {
  const s = current();
  if (s !== null && questionWaiting(s)) {
    revealStep();
    return Promise.resolve();
  }
  return nextStep();
}

/** How the learner did: questions answered, right, and the steps of the ones to review. */
export interface Tally {
  readonly questions: number;
  readonly answered: number;
  readonly right: number;
  /** Steps (0-based) whose question was answered wrongly. */
  readonly review: readonly number[];
}

/** The tally in a sentence; null for a lesson without questions. */
export function tallySentence(t: Tally): string | null {
  if (t.questions === 0) return null;
  return t.answered === 0
    ? `${plural(t.questions, 'question')}, answered by the room.`
    : `You answered ${t.right} of ${plural(t.answered, 'question')} right.`;
}

export function tallyOf(s: LessonSession): Tally {
  let questions = 0;
  let answered = 0;
  let right = 0;
  const review: number[] = [];
  s.steps.forEach((step, i) => {
    if (step.answer === null) return;
    questions++;
    const chosen = s.answers[i];
    if (chosen === undefined || chosen === REVEALED) return;
    answered++;
    if (chosen === step.answer) right++;
    else review.push(i);
  });
  return { questions, answered, right, review };
}

/** The controller: called on every playback change, it stops at steps and holds at questions. */
export function controlPlayback(
  now: { readonly t: number; readonly playing: boolean },
  prev: { readonly t: number; readonly playing: boolean },
): void {
  const s = current();
  if (s === null || !onStepScenario(s)) return;
  const at = { step: s.step, travelling: s.travelling, answered: (j: number) => j in s.answers };
  const move = gatePlayback(s.steps, at, prev.t, now.t, now.playing || prev.playing);
  if (move === null) return;
  if (move.step === s.step && !s.travelling && now.t === move.t && !now.playing) return;
  arrive(move.step, move.t);
}

/** Leave the lesson's state (not the address): the learner's speed comes back. */
export function endSession(): void {
  const s = current();
  useLessonSession.setState({ session: null });
  if (s?.savedSpeed != null) {
    setSpeed(s.savedSpeed);
    usePlaybackStore.setState({ playing: false });
  }
}
