import { usePresentationStore, useSelectionStore, toggleBuild, useBuildStore } from '../store';
import type { Command } from './command';

/**
 * Building a design: "a" opens the palette; with it open, Delete or Backspace removes the picked
 * box (never while typing: the keyboard handler leaves text fields alone). The palette lends the
 * removal while open, so the build model loads with it, not with the first page.
 */
export const buildCommands: readonly Command[] = [
  {
    id: 'build',
    label: 'Build: open / close the palette',
    keys: ['a'],
    enabled: () => !usePresentationStore.getState().presenting,
    run: () => toggleBuild(),
  },
  {
    id: 'build-remove',
    label: 'Build: remove the picked box',
    keys: ['Delete', 'Backspace'],
    enabled: () =>
      useBuildStore.getState().handlers !== null && useSelectionStore.getState().node !== null,
    run: () => {
      const node = useSelectionStore.getState().node;
      if (node !== null) useBuildStore.getState().handlers?.remove(node);
    },
  },
];
