import { create } from 'zustand';

/** Whether the keyboard-shortcut help is open. */
export const useHelpStore = create<{ readonly open: boolean }>(() => ({ open: false }));

export function toggleHelp(open = !useHelpStore.getState().open): void {
  useHelpStore.setState({ open });
}
