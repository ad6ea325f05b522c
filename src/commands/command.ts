import type { Run } from '../engine';
import type { PlaybackState } from '../store';

export interface CommandState extends PlaybackState {
  readonly run: Run;
}

/** A command's id: unique across the registry (a test checks it). */
export type CommandId = string;

export interface Command {
  readonly id: CommandId;
  readonly label: string;
  /** KeyboardEvent.key values that trigger it. */
  readonly keys: readonly string[];
  /**
   * Key chords with Ctrl or ⌘ ("Mod") and maybe Shift, written "Shift+Mod+z" with the key in
   * lower case; both Ctrl and ⌘ count as Mod, so Windows, Linux and Mac habits all work.
   */
  readonly chords?: readonly string[];
  /**
   * Takes its keys only while enabled (the blank screen's "show it again"): otherwise a key
   * belongs to the other command bound to it, even when that one cannot run just now.
   */
  readonly standIn?: true;
  enabled(state: CommandState): boolean;
  run(state: CommandState): void;
}
