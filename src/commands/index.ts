import { currentRun, usePlaybackStore } from '../store';
import { buildCommands } from './build';
import type { Command, CommandId, CommandState } from './command';
import { drawerCommands } from './drawers';
import { faultCommands } from './faults';
import { historyCommands } from './history';
import { lessonCommands } from './lessons';
import { playbackCommands } from './playback';
import { blankCommands, presentationCommands } from './presentation';
import { shareCommands } from './share';

export type { Command, CommandId, CommandState } from './command';
export { drawerMode } from './drawers';

/**
 * Every user command lives here once. Buttons, the keyboard, a presentation clicker and tests all
 * go through the same registry, so they cannot disagree about what a command does or when it is
 * available. Each feature defines its commands in its own module.
 *
 * A key may serve several commands (a clicker's PageDown: the next lesson step during a lesson,
 * the next event otherwise): the first one enabled, in this order, wins.
 */
export const commands: readonly Command[] = [
  ...blankCommands,
  ...lessonCommands,
  ...playbackCommands,
  ...faultCommands,
  ...historyCommands,
  ...presentationCommands,
  ...drawerCommands,
  ...shareCommands,
  ...buildCommands,
];

const byId = new Map(commands.map((c) => [c.id, c]));

export function commandById(id: CommandId): Command {
  return byId.get(id)!;
}

/** The command a key triggers now: the first enabled one bound to it, else the first bound. */
export function commandForKey(
  key: string,
  state: CommandState = commandState(),
): Command | undefined {
  const bound = commands.filter((c) => c.keys.includes(key));
  return bound.find((c) => c.enabled(state)) ?? bound.find((c) => c.standIn !== true);
}

/** The command a chord ("Shift+Mod+z") triggers, if any. */
export function commandForChord(chord: string): Command | undefined {
  return commands.find((c) => c.chords?.includes(chord));
}

/** The chord of a key press with Ctrl or ⌘ held, as commands write it; null without either. */
export function chordOf(e: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}): string | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  return `${e.shiftKey ? 'Shift+' : ''}Mod+${e.key.toLowerCase()}`;
}

/** How a chord is written for people: "Shift+Mod+z" → "Shift+Ctrl+Z". */
export function chordLabel(chord: string): string {
  return chord
    .split('+')
    .map((part) => (part === 'Mod' ? 'Ctrl' : part.length === 1 ? part.toUpperCase() : part))
    .join('+');
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
    case 'Escape':
      return 'Esc';
    case 'PageDown':
      return 'PgDn';
    case 'PageUp':
      return 'PgUp';
    default:
      return key;
  }
}

/** Shortcut hint for a button's tooltip: "Space or .". */
export function shortcutHint(id: CommandId): string {
  const command = commandById(id);
  const keys = command.keys.filter((k) => k !== '=' && k !== '_');
  return [...keys.map(keyLabel), ...(command.chords ?? []).map(chordLabel)].join(' or ');
}
