import { create } from 'zustand';

/**
 * Whether the quiz is open beside the diagram, apart from the slot that shows it: the stage
 * reads it at first paint, while the slot itself loads when the side column first opens.
 */
const KEY = 'lambda-event-lab:quiz-alongside';

function initiallyOpen(): boolean {
  try {
    return window.sessionStorage.getItem(KEY) === 'open';
  } catch {
    return false;
  }
}

/** Whether the quiz is open beside the diagram; remembered for the browser tab's session. */
export const useAlongside = create<{ readonly open: boolean }>(() => ({ open: initiallyOpen() }));

export function setAlongside(open: boolean): void {
  useAlongside.setState({ open });
  try {
    window.sessionStorage.setItem(KEY, open ? 'open' : 'closed');
  } catch {
    // Not remembered across reloads; the switch still works.
  }
}
