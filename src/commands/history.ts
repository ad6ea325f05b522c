import { usePresentationStore } from '../store/presentation';
import { loadUndo, redoPossible, undoPossible } from '../store/undo-state';
import type { Command } from './command';

/**
 * Undo and redo of scenario changes. They take Ctrl (⌘ on a Mac) chords, and like every shortcut
 * they stay out of text fields, where the browser's own undo of the typing keeps working. While
 * presenting they do nothing: presentation must not change the scenario on a stray key.
 */
const presenting = () => usePresentationStore.getState().presenting;

export const historyCommands: readonly Command[] = [
  {
    id: 'undo',
    label: 'Undo the last change to the scenario',
    keys: [],
    chords: ['Mod+z'],
    enabled: () => !presenting() && undoPossible(),
    run: () => void loadUndo().then((u) => u.undo()),
  },
  {
    id: 'redo',
    label: 'Redo the change just undone',
    keys: [],
    chords: ['Shift+Mod+z', 'Mod+y'],
    enabled: () => !presenting() && redoPossible(),
    run: () => void loadUndo().then((u) => u.redo()),
  },
];
