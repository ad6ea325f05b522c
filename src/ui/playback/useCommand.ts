import { useCallback } from 'react';
import { commandById, runCommand, type CommandId } from '../../commands';
import { usePlaybackStore, useRun } from '../../store';

/** A command's live enabled state and a stable way to run it, for buttons. */
export function useCommand(id: CommandId): { enabled: boolean; run: () => void } {
  const run = useRun();
  // Returns a boolean, so a button re-renders only when it becomes enabled or disabled.
  const enabled = usePlaybackStore((s) => commandById(id).enabled({ ...s, run }));
  return { enabled, run: useCallback(() => void runCommand(id), [id]) };
}
