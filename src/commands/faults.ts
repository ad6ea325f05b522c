import { hasFaults, type FaultId } from '../scenario/faults';
import { activeFaults, clearFaults, cycleErrors, faultEnabled, toggleFault } from '../store/faults';
import { usePresentationStore } from '../store/presentation';
import type { Command } from './command';

/** A fault's command id: "fault-errors", "fault-poison" … */
export function faultCommandId(id: FaultId): string {
  return `fault-${id}`;
}

/**
 * Faults change the scenario: a stray key in front of a class must not do that silently, so the
 * fault keys do nothing while presenting (the toolbar is hidden then too).
 */
const canBreak = (id: FaultId) => !usePresentationStore.getState().presenting && faultEnabled(id);

function toggle(id: Exclude<FaultId, 'errors'>, key: string, label: string): Command {
  return {
    id: faultCommandId(id),
    label,
    keys: [key],
    enabled: () => canBreak(id),
    run: (s) => void toggleFault(id, s.t),
  };
}

/** Fault injection: break the scenario on purpose and watch what AWS does about it. */
export const faultCommands: readonly Command[] = [
  {
    id: faultCommandId('errors'),
    label: 'Fault: function errors (off, 10 %, 50 %, 100 %)',
    keys: ['1'],
    enabled: () => canBreak('errors'),
    run: () => void cycleErrors(),
  },
  toggle('failFirst', '2', 'Fault: the first 3 invocations of the run fail'),
  toggle('poison', '3', 'Fault: add a poison message at the playhead'),
  toggle('timeouts', '4', 'Fault: every invocation times out'),
  toggle('throttle', '5', 'Fault: throttle (reserved concurrency 0)'),
  toggle('permission', '6', 'Fault: remove a permission a source needs'),
  toggle('outage', '7', 'Fault: DLQ and destinations unreachable for 10 minutes'),
  {
    id: 'fault-clear',
    label: 'Clear all faults',
    keys: ['0'],
    enabled: () => !usePresentationStore.getState().presenting && hasFaults(activeFaults()),
    run: () => void clearFaults(),
  },
];
