import { useEffect } from 'react';
import { chordOf, commandForChord, commandForKey, runCommand } from '../commands';
import { useHelpStore } from '../store';

/** One keydown handler for the whole app: keys map to commands from the registry. */
export function useKeyboardShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      if (e.ctrlKey || e.metaKey || e.altKey) {
        // Ctrl / ⌘ chords (undo, redo); where text is typed they stay the browser's own. A list
        // box is not such a place: right after an accidental preset pick, Ctrl+Z must work.
        const chord = chordOf(e);
        const command = chord === null ? undefined : commandForChord(chord);
        if (command === undefined || isTyping(e.target) || useHelpStore.getState().open) return;
        if (runCommand(command.id)) e.preventDefault();
        return;
      }
      if (isTextEntry(e.target)) return;
      // Space and Enter on a focused button activate that button, not a shortcut.
      if ((e.key === ' ' || e.key === 'Enter') && isActivatable(e.target)) return;
      const command = commandForKey(e.key);
      if (command === undefined) return;
      // While the shortcut list is open, only "?" (to close it) acts.
      if (useHelpStore.getState().open && command.id !== 'help') return;
      // A command that cannot act now leaves the key to the page (PageDown still scrolls).
      if (runCommand(command.id)) e.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

const NOT_TEXT = new Set(['range', 'checkbox', 'radio', 'button', 'submit', 'reset', 'color']);

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLInputElement) return !NOT_TEXT.has(target.type);
  return target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

function isTyping(target: EventTarget | null): boolean {
  return isTextEntry(target) && !(target instanceof HTMLSelectElement);
}

function isActivatable(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    target.closest('button, a[href], summary, [role="button"]') !== null
  );
}
