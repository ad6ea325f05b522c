import { toggleDrawer, usePresentationStore, type DrawerId, type DrawerMode } from '../store';
import type { Command } from './command';

/** Desk and presentation remember their drawers apart (see store/drawers). */
export function drawerMode(): DrawerMode {
  return usePresentationStore.getState().presenting ? 'present' : 'desk';
}

function drawer(id: DrawerId, key: string, label: string): Command {
  return {
    id: `drawer-${id}`,
    label,
    keys: [key],
    enabled: () => true,
    run: () => toggleDrawer(drawerMode(), id),
  };
}

/** The panels around the diagram, one key each. */
export const drawerCommands: readonly Command[] = [
  drawer('metrics', 'm', 'Show / hide the metrics charts'),
  drawer('log', 'l', 'Show / hide the event log'),
  drawer('details', 'i', 'Show / hide the scenario details and inspector'),
];
