import { isBuiltInId, setOwnQuestions } from '../../quiz/bank';
import { startPractice, useQuizStore } from './store';

/**
 * A teacher's own question file (YAML, the bank's format: docs/questions.md), opened to practise
 * its questions alongside the built-in bank. The file is kept for this browser tab only
 * (sessionStorage): a reload brings it back, closing the tab forgets it, and nothing leaves the
 * browser. Answers to its questions are scheduled in the learner's progress like any other.
 * The YAML parser and the schema load only when a file is opened.
 */

export const OWN_FILE_KEY = 'lambda-event-lab:own-questions';

export type OwnFileResult =
  | { readonly ok: true; readonly count: number }
  | { readonly ok: false; readonly problems: readonly string[] };

function tabStorage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** Check a file and, when every question is sound, make its questions the tab's own. */
export async function openOwnQuestionFile(name: string, text: string): Promise<OwnFileResult> {
  const { formatProblem, parseQuestionFile } = await import('../../quiz/question-file');
  const r = parseQuestionFile(text, {
    usedElsewhere: (id) => (isBuiltInId(id) ? 'a built-in question' : undefined),
  });
  if (!r.ok) return { ok: false, problems: r.problems.map(formatProblem) };
  setOwnQuestions(r.questions);
  useQuizStore.setState({ ownFile: { name, ids: r.questions.map((q) => q.id) } });
  try {
    tabStorage()?.setItem(OWN_FILE_KEY, JSON.stringify({ name, text }));
  } catch {
    // A full or refused storage only means a reload forgets the file.
  }
  return { ok: true, count: r.questions.length };
}

/** Bring back the file opened earlier in this tab, if there is one. */
export async function restoreOwnQuestionFile(): Promise<void> {
  let saved: unknown;
  try {
    saved = JSON.parse(tabStorage()?.getItem(OWN_FILE_KEY) ?? 'null');
  } catch {
    return;
  }
  if (saved === null || typeof saved !== 'object') return;
  const { name, text } = saved as { name?: unknown; text?: unknown };
  if (typeof name !== 'string' || typeof text !== 'string') return;
  if (useQuizStore.getState().ownFile !== null) return;
  await openOwnQuestionFile(name, text);
}

export function removeOwnQuestions(): void {
  setOwnQuestions([]);
  useQuizStore.setState({ ownFile: null });
  try {
    tabStorage()?.removeItem(OWN_FILE_KEY);
  } catch {
    // Nothing to forget.
  }
}

export function practiseOwnQuestions(now: number): void {
  const file = useQuizStore.getState().ownFile;
  if (file !== null) startPractice(file.name, file.ids, now);
}
