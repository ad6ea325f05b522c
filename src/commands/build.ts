import { usePresentationStore, useSelectionStore } from '../store';
import { toggleBuild, useBuildStore } from '../store/build';
import type { Command } from './command';

/**
 * Building a design: "a" opens the palette; with it open, Delete or Backspace removes the picked
 * box (never while typing: the keyboard handler leaves text fields alone). The build model loads
 * with the palette, not with the first page.
 */
export const buildCommands: readonly Command[] = [
  {
    id: 'build',
    label: 'Build: open / close the palette of pieces',
    keys: ['a'],
    enabled: () => !usePresentationStore.getState().presenting,
    run: () => toggleBuild(),
  },
  {
    id: 'build-remove',
    label: 'Build: remove the picked box (palette open)',
    keys: ['Delete', 'Backspace'],
    enabled: () => useBuildStore.getState().open && useSelectionStore.getState().node !== null,
    run: () => {
      const node = useSelectionStore.getState().node;
      if (node !== null) void import('../store/build-actions').then((m) => m.removeBox(node));
    },
  },
];
