import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ProgressStorage } from '../../../src/quiz/progress';
import QuizView from '../../../src/ui/quiz/QuizView';
import { reloadQuiz, setScreen } from '../../../src/ui/quiz/store';

/** localStorage as a Map, so each test starts from exactly the saved data it sets up. */
export class MemoryStorage implements ProgressStorage {
  readonly data = new Map<string, string>();
  getItem(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.data.set(key, value);
  }
}

/** The quiz page over `storage`, as a learner opening it would see it. */
export function renderQuiz(storage = new MemoryStorage()) {
  reloadQuiz(storage);
  const user = userEvent.setup();
  return { user, storage, ...render(<QuizView />) };
}

export { setScreen };

/** The option whose text is `text` (its label contains the text). */
export const optionLabel = (text: string) => (el: Element | null) =>
  el instanceof HTMLLabelElement && el.querySelector('.option__text')?.textContent === text;
