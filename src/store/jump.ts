import { create } from 'zustand';

/** Whether the "go to a time" field is open in the playback bar. */
export const useJumpStore = create<{ readonly open: boolean }>(() => ({ open: false }));

export function openJump(open = true): void {
  useJumpStore.setState({ open });
}
