import type { Run } from './engine';
import {
  currentRun,
  MAX_SPEED,
  MIN_SPEED,
  pause,
  play,
  seek,
  setSpeed,
  toggleHelp,
  usePlaybackStore,
  type PlaybackState,
} from './store';
import { nextEventTime, previousEventTime } from './view';

/**
 * Every user command lives here once. Buttons, the keyboard, a presentation clicker and tests all
 * go through the same registry, so they cannot disagree about what a command does or when it is
 * available.
 */
export interface CommandState extends PlaybackState {
  readonly run: Run;
}

export interface Command {
  readonly id: CommandId;
  readonly label: string;
  /** KeyboardEvent.key values that trigger it. */
  readonly keys: readonly string[];
  enabled(state: CommandState): boolean;
  run(state: CommandState): void;
}

export type CommandId =
  'play-pause' | 'step-forward' | 'step-back' | 'restart' | 'speed-up' | 'speed-down' | 'help';

const SPEED_STEP = 2;

export const commands: readonly Command[] = [
  {
    id: 'play-pause',
    label: 'Play / pause',
    keys: [' ', '.'],
    enabled: (s) => s.run.endTime > 0,
    run: (s) => (s.playing ? pause() : play()),
  },
  {
    id: 'step-forward',
    label: 'Next event',
    keys: ['ArrowRight'],
    enabled: (s) => nextEventTime(s.run, s.t) !== undefined,
    run: (s) => {
      const next = nextEventTime(s.run, s.t);
      if (next === undefined) return;
      pause();
      seek(next);
    },
  },
  {
    id: 'step-back',
    label: 'Previous event',
    keys: ['ArrowLeft'],
    enabled: (s) => previousEventTime(s.run, s.t) !== undefined,
    run: (s) => {
      const previous = previousEventTime(s.run, s.t);
      if (previous === undefined) return;
      pause();
      seek(previous);
    },
  },
  {
    id: 'restart',
    label: 'Restart',
    keys: ['Home'],
    enabled: (s) => s.t > 0 || s.playing,
    run: () => {
      pause();
      seek(0);
    },
  },
  {
    id: 'speed-up',
    label: 'Faster',
    keys: ['+', '='],
    enabled: (s) => s.speed < MAX_SPEED,
    run: (s) => setSpeed(s.speed * SPEED_STEP),
  },
  {
    id: 'speed-down',
    label: 'Slower',
    keys: ['-', '_'],
    enabled: (s) => s.speed > MIN_SPEED,
    run: (s) => setSpeed(s.speed / SPEED_STEP),
  },
  {
    id: 'help',
    label: 'Show or hide keyboard shortcuts',
    keys: ['?'],
    enabled: () => true,
    run: () => toggleHelp(),
  },
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
