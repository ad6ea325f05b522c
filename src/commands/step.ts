import { pause, seek } from '../store';
import { nextEventTime, previousEventTime } from '../view';
import type { Command, CommandId } from './command';

/**
 * A command that pauses and moves to the next (or previous) trace event: the arrow keys, and a
 * presentation clicker's page keys, are the same step.
 */
export function stepCommand(
  id: CommandId,
  label: string,
  keys: readonly string[],
  direction: 'next' | 'previous',
): Command {
  const target = direction === 'next' ? nextEventTime : previousEventTime;
  return {
    id,
    label,
    keys,
    enabled: (s) => target(s.run, s.t) !== undefined,
    run: (s) => {
      const t = target(s.run, s.t);
      if (t === undefined) return;
      pause();
      seek(t);
    },
  };
}
