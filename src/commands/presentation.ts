import { setPresenting, toggleBlank, togglePresenting, usePresentationStore } from '../store';
import type { Command } from './command';
import { stepCommand } from './step';

const presenting = () => usePresentationStore.getState().presenting;

/**
 * Presentation mode and themes: for a projector, a clicker and the back of the room. A clicker
 * sends PageDown / PageUp; lesson commands come first in the registry and take those keys during
 * a lesson, so here they are the fallback: the next or previous event.
 */
export const presentationCommands: readonly Command[] = [
  {
    id: 'presentation',
    label: 'Presentation mode on / off',
    keys: ['f'],
    enabled: () => true,
    run: () => togglePresenting(),
  },
  {
    id: 'presentation-leave',
    label: 'Leave presentation mode',
    keys: ['Escape'],
    // An open dialog takes Escape for itself.
    enabled: () => presenting() && !dialogOpen(),
    run: () => setPresenting(false),
  },
  {
    id: 'presentation-blank',
    label: 'Blank the screen and back (presentation mode)',
    keys: ['b'],
    enabled: presenting,
    run: () => toggleBlank(),
  },
  stepCommand('clicker-next', 'Next event (presentation clicker)', ['PageDown'], 'next'),
  stepCommand('clicker-previous', 'Previous event (presentation clicker)', ['PageUp'], 'previous'),
];

/**
 * While the screen is blank, a clicker's keys (page keys or arrows), "." and Space only bring the
 * screen back: nothing moves unseen behind the black. First in the registry, ahead of the lesson
 * and playback commands that share these keys.
 */
export const blankCommands: readonly Command[] = [
  {
    id: 'presentation-unblank',
    label: 'While the screen is blank: show it again, and nothing else moves',
    keys: ['PageDown', 'PageUp', 'ArrowRight', 'ArrowLeft', '.', ' '],
    standIn: true,
    enabled: () => usePresentationStore.getState().blank,
    run: () => toggleBlank(),
  },
];

function dialogOpen(): boolean {
  return (
    typeof document !== 'undefined' &&
    document.querySelector('[role="dialog"], [role="alertdialog"], dialog[open]') !== null
  );
}
