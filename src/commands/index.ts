import { currentRun, usePlaybackStore } from '../store';
import type { Command, CommandId, CommandState } from './command';
import { faultCommands } from './faults';
import { playbackCommands } from './playback';
import { presentationCommands } from './presentation';

export type { Command, CommandId, CommandState } from './command';

/**
 * Every user command lives here once. Buttons, the keyboard, a presentation clicker and tests all
 * go through the same registry, so they cannot disagree about what a command does or when it is
 * available. Each feature defines its commands in its own module.
 */
export const commands: readonly Command[] = [
  ...playbackCommands,
  ...faultCommands,
  ...presentationCommands,
];

const byId = new Map(commands.map((c) => [c.id, c]));
const byKey = new Map(commands.flatMap((c) => c.keys.map((k) => [k, c] as const)));

export function commandById(id: CommandId): Command {
  return byId.get(id)!;
}

export function commandForKey(key: string): Command | undefined {
  return byKey.get(key);
}

/** The state commands see right now. */
export function commandState(): CommandState {
  return { ...usePlaybackStore.getState(), run: currentRun() };
}

/** Run a command if it is enabled; returns whether it ran. */
export function runCommand(id: CommandId, state: CommandState = commandState()): boolean {
  const command = commandById(id);
  if (!command.enabled(state)) return false;
  command.run(state);
  return true;
}

/** How a key is written for people: "Space", "→", "Home". */
export function keyLabel(key: string): string {
  switch (key) {
    case ' ':
      return 'Space';
    case 'ArrowRight':
      return '→';
    case 'ArrowLeft':
      return '←';
    case '-':
      return '−';
    default:
      return key;
  }
}

/** Shortcut hint for a button's tooltip: "Space or .". */
export function shortcutHint(id: CommandId): string {
  const keys = commandById(id).keys.filter((k) => k !== '=' && k !== '_');
  return keys.map(keyLabel).join(' or ');
}
