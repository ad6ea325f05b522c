import { hasFaults, type FaultId } from '../scenario/faults';
import { activeFaults, clearFaults, cycleErrors, faultEnabled, toggleFault } from '../store/faults';
import type { Command } from './command';

/** A fault's command id: "fault-errors", "fault-poison" … */
export function faultCommandId(id: FaultId): string {
  return `fault-${id}`;
}

function toggle(id: Exclude<FaultId, 'errors'>, key: string, label: string): Command {
  return {
    id: faultCommandId(id),
    label,
    keys: [key],
    enabled: () => faultEnabled(id),
    run: (s) => void toggleFault(id, s.t),
  };
}

/** Fault injection: break the scenario on purpose and watch what AWS does about it. */
export const faultCommands: readonly Command[] = [
  {
    id: faultCommandId('errors'),
    label: 'Fault: function errors (off, 10 %, 50 %, 100 %)',
    keys: ['1'],
    enabled: () => faultEnabled('errors'),
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
    enabled: () => hasFaults(activeFaults()),
    run: () => void clearFaults(),
  },
];
