import { create } from 'zustand';

/** The Share dialog: open or not, and whether it shows the large QR code for the room. */
export interface ShareState {
  readonly open: boolean;
  readonly large: boolean;
}

export const useShareStore = create<ShareState>()(() => ({ open: false, large: false }));

/** Open Share; `large` goes straight to the QR code that fills the screen (presenting). */
export function openShare(large = false): void {
  useShareStore.setState({ open: true, large });
}

export function closeShare(): void {
  useShareStore.setState({ open: false, large: false });
}

export function setShareLarge(large: boolean): void {
  useShareStore.setState({ large });
}
