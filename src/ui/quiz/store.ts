import { create } from 'zustand';
import {
  answer,
  isUnderWay,
  recordResult,
  scoreIfAny,
  startAttempt,
  submit,
  toggleFlag,
} from '../../quiz/attempt';
import { ALL_QUESTIONS, questionById, questionsByIds, questionsOfTopics } from '../../quiz/bank';
import type { ExamVariant } from '../../quiz/exam';
import { TOPIC_LABELS } from '../../quiz/mastery';
import { practiceOrder } from '../../quiz/practice';
import {
  exportProgress,
  importProgress,
  loadProgress,
  PROGRESS_KEY,
  saveProgress,
  type LoadProblem,
  type ProgressStorage,
} from '../../quiz/progress';
import { emptyProgress, type Progress } from '../../quiz/progress-schema';
import type { Topic } from '../../quiz/schema';
import { isCorrect } from '../../quiz/score';
import { dueIds, review } from '../../quiz/srs';
import { datedName, reportSave } from '../../store/save-status';
import { browserStorage } from './storage';

/**
 * The quiz's state: the learner's saved progress (cards, the exam, results) and what is on
 * screen (the practice session, the selected topics). Progress is saved after every change;
 * derived things (scores, mastery, due lists) are computed from it, never stored twice.
 */

export type QuizScreen = 'practice' | 'due' | 'exam' | 'progress';

export interface SessionAnswer {
  readonly chosen: readonly string[];
  readonly correct: boolean;
}

export interface PracticeSession {
  readonly title: string;
  readonly ids: readonly string[];
  readonly index: number;
  /** Fixes the option order of every question in the session. */
  readonly seed: number;
  readonly answers: Readonly<Record<string, SessionAnswer>>;
  /** When the current question appeared (for "right but slow" in the scheduler). */
  readonly shownAt: number;
  /** One question opened from a link: after it, "more on this topic" instead of a summary. */
  readonly linked?: boolean;
}

export interface QuizState {
  readonly progress: Progress;
  readonly loadProblem: LoadProblem | null;
  readonly saveError: string | null;
  /**
   * Saved progress that could not be read is still the only copy under the main key: nothing is
   * saved until the learner exports or discards it.
   */
  readonly guarded: boolean;
  readonly screen: QuizScreen;
  readonly topics: readonly Topic[];
  readonly session: PracticeSession | null;
  /** The question the exam screen shows. */
  readonly examIndex: number;
  /** A question link named this id, and the bank has no such question. */
  readonly linkMiss: string | null;
  /** The teacher's question file opened in this tab, and its question ids (own-questions.ts). */
  readonly ownFile: { readonly name: string; readonly ids: readonly string[] } | null;
  /** Why the last mock exam was closed without a score, for the exam page; else null. */
  readonly examNotice: string | null;
}

let storage: ProgressStorage = browserStorage();

function initialState(): QuizState {
  const { progress, problem } = loadProgress(storage);
  return {
    progress,
    loadProblem: problem,
    saveError: null,
    guarded: problem?.guarded ?? false,
    screen: isUnderWay(progress.exam) ? 'exam' : 'practice',
    topics: [],
    session: null,
    examIndex: 0,
    linkMiss: null,
    ownFile: null,
    examNotice: null,
  };
}

export const useQuizStore = create<QuizState>()(initialState);

/** True while progress is being loaded: what was just read is not written straight back. */
let loading = false;

export const GUARDED_MESSAGE =
  'not saved, because your earlier progress could not be read and there was no room to copy it aside; it is kept as it was until you export it or start afresh on the Quiz page';

const exportFile = () => ({
  filename: datedName('progress', Date.now()),
  text: exportProgress(useQuizStore.getState().progress, Date.now()),
});

function save(state: QuizState): void {
  let saveError: string | null;
  if (state.guarded) saveError = GUARDED_MESSAGE;
  else {
    const saved = saveProgress(storage, state.progress);
    saveError = saved.ok ? null : saved.error;
  }
  if (saveError !== state.saveError) useQuizStore.setState({ saveError });
  reportSave(
    'quiz',
    saveError === null
      ? null
      : {
          message: state.guarded ? saveError : `not saved (${saveError})`,
          exportFile,
        },
  );
}

// Save whenever the progress object changes (every change makes a new one).
useQuizStore.subscribe((state, prev) => {
  if (loading || state.progress === prev.progress) return;
  save(state);
});

/** Start again from what `next` holds (tests; the app uses the browser's storage). */
export function reloadQuiz(next: ProgressStorage = storage): void {
  storage = next;
  loading = true;
  try {
    useQuizStore.setState(initialState(), true);
    reportSave('quiz', null);
  } finally {
    loading = false;
  }
}

/** The text kept under a backup key, for "export the backup". */
export function readBackup(key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

const randomSeed = () => Math.floor(Math.random() * 0x7fffffff);
const set = useQuizStore.setState;
const get = useQuizStore.getState;

export function setScreen(screen: QuizScreen): void {
  set({ screen });
}

export function setTopics(topics: readonly Topic[]): void {
  set({ topics });
}

export function dismissLoadProblem(): void {
  set({ loadProblem: null });
}

/** The unreadable text still under the main key, for "export it" (null if there is none). */
export function readUnreadable(): string | null {
  return readBackup(PROGRESS_KEY);
}

/**
 * The learner has chosen to start afresh: from now on progress is saved over the unreadable
 * record (which they could export first).
 */
export function discardUnreadable(): void {
  set({ guarded: false, loadProblem: null });
  save(get());
}

// --- practice ------------------------------------------------------------------------------------

export function startPractice(title: string, ids: readonly string[], now: number): void {
  set({
    session: { title, ids, index: 0, seed: randomSeed(), answers: {}, shownAt: now },
    linkMiss: null,
  });
}

export function startTopicPractice(topics: readonly Topic[], now: number): void {
  const pool = questionsOfTopics(topics);
  const title = topics.length === 1 ? TOPIC_LABELS[topics[0]!] : `${topics.length} topics`;
  startPractice(title, practiceOrder(pool, get().progress.cards, now, randomSeed()), now);
}

export function startDuePractice(now: number, until: number): void {
  startPractice(
    'Due today',
    dueIds(get().progress.cards, until, (id) => questionById(id) !== undefined),
    now,
  );
}

/** Mark an answer, schedule the card, remember it in the session; returns whether it was right. */
export function answerPractice(
  questionId: string,
  chosen: readonly string[],
  now: number,
): boolean {
  const { session, progress } = get();
  const q = questionById(questionId);
  if (session === null || q === undefined || session.answers[questionId]) return false;
  const correct = isCorrect(q, chosen);
  const card = review(progress.cards[questionId], correct, now, now - session.shownAt);
  set({
    progress: { ...progress, cards: { ...progress.cards, [questionId]: card } },
    session: { ...session, answers: { ...session.answers, [questionId]: { chosen, correct } } },
  });
  return correct;
}

/**
 * A question link: that one question in practice, whatever was on screen (a mock exam under way
 * stays saved). Opening it changes no progress; only answering does.
 */
export function openQuestionLink(id: string, now: number): void {
  if (questionById(id) === undefined) {
    set({ screen: 'practice', linkMiss: id });
    return;
  }
  set({
    screen: 'practice',
    linkMiss: null,
    session: {
      title: 'Linked question',
      ids: [id],
      index: 0,
      seed: randomSeed(),
      answers: {},
      shownAt: now,
      linked: true,
    },
  });
}

export function dismissLinkMiss(): void {
  set({ linkMiss: null });
}

export function nextPractice(now: number): void {
  const { session } = get();
  if (session === null) return;
  set({ session: { ...session, index: session.index + 1, shownAt: now } });
}

/** Stop early: the summary of what was answered so far. */
export function finishPractice(): void {
  const { session } = get();
  if (session === null) return;
  set({ session: { ...session, index: session.ids.length } });
}

export function endPractice(): void {
  set({ session: null });
}

// --- exam ------------------------------------------------------------------------------------------

export const EXAM_GONE =
  'That mock exam was closed without a score: none of its questions is in this version of the app any more. Your past results are unchanged.';

export function dismissExamNotice(): void {
  set({ examNotice: null });
}

export function startExam(variant: ExamVariant, now: number): void {
  const attempt = startAttempt(ALL_QUESTIONS, variant, randomSeed(), now);
  set({
    progress: { ...get().progress, exam: attempt },
    examIndex: 0,
    screen: 'exam',
    examNotice: null,
  });
}

export function chooseInExam(questionId: string, chosen: readonly string[]): void {
  const { progress } = get();
  if (!isUnderWay(progress.exam)) return;
  set({ progress: { ...progress, exam: answer(progress.exam, questionId, chosen) } });
}

export function toggleExamFlag(questionId: string): void {
  const { progress } = get();
  if (!isUnderWay(progress.exam)) return;
  set({ progress: { ...progress, exam: toggleFlag(progress.exam, questionId) } });
}

export function goToExamQuestion(index: number): void {
  const exam = get().progress.exam;
  if (exam === null) return;
  set({ examIndex: Math.max(0, Math.min(exam.questionIds.length - 1, index)) });
}

/**
 * Submit the exam (or let the clock do it): score it, keep the result, and feed every answered
 * question to the scheduler as one review.
 */
export function submitExam(now: number): void {
  const { progress } = get();
  if (!isUnderWay(progress.exam)) return;
  const done = submit(progress.exam, now);
  const questions = questionsByIds(done.questionIds);
  const score = scoreIfAny(done, questions);
  if (score === null) {
    set({ progress: { ...progress, exam: null }, examIndex: 0, examNotice: EXAM_GONE });
    return;
  }
  const at = done.submittedAt ?? now;
  const cards = { ...progress.cards };
  for (const q of questions) {
    const chosen = done.answers[q.id];
    if (chosen === undefined) continue;
    cards[q.id] = review(cards[q.id], isCorrect(q, chosen), at);
  }
  set({
    progress: recordResult({ ...progress, cards }, done, score),
    examIndex: 0,
  });
}

/** Leave a finished exam's review; the result stays in the history. */
export function closeExam(): void {
  const { progress } = get();
  if (isUnderWay(progress.exam)) return;
  set({ progress: { ...progress, exam: null } });
}

// --- the progress file -----------------------------------------------------------------------------

export type ImportResult = { ok: true } | { ok: false; error: string };

/** Replace the progress with a file's; a bad file changes nothing. */
export function importProgressFile(text: string): ImportResult {
  const r = importProgress(text);
  if (!r.ok) return r;
  // Importing a file is the learner's choice of what their progress is: saved from now on.
  set({ progress: r.progress, session: null, examIndex: 0, loadProblem: null, guarded: false });
  return { ok: true };
}

export function resetProgress(): void {
  set({ progress: emptyProgress(), session: null, examIndex: 0 });
}
