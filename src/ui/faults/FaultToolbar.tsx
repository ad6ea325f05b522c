import { Fragment, useEffect } from 'react';
import { runCommand } from '../../commands';
import { faultCommandId } from '../../commands/faults';
import { useScenarioStore } from '../../store';
import type { Scenario } from '../../scenario';
import {
  FAIL_FIRST,
  faultUnavailable,
  hasFaults,
  OUTAGE_MS,
  type FaultId,
  type FaultSet,
} from '../../scenario/faults';
import type { PermissionFault } from '../../scenario/faults-permission';
import { activeFaults, faultBase, loadPermissionFault, useFaultStore } from '../../store/faults';
import './faults.css';

interface FaultButton {
  readonly id: FaultId;
  readonly key: string;
  readonly text: (f: FaultSet) => string;
  readonly hint: (base: Scenario, permission: PermissionFault | undefined) => string;
}

const BUTTONS: readonly FaultButton[] = [
  {
    id: 'errors',
    key: '1',
    text: (f) => (f.errors === undefined ? 'Errors: off' : `Errors: ${f.errors * 100} %`),
    hint: () =>
      'The function throws on a share of its invocations. Each press steps off, 10 %, 50 %, 100 %.',
  },
  {
    id: 'failFirst',
    key: '2',
    text: () => `First ${FAIL_FIRST} fail`,
    hint: () =>
      `The first ${FAIL_FIRST} invocations of the run throw, counted from the start of the run (not from the playhead); later ones behave as before.`,
  },
  {
    id: 'poison',
    key: '3',
    text: () => 'Poison message',
    hint: () =>
      'Adds one message, record or event that the function always fails on, arriving at the playhead.',
  },
  {
    id: 'timeouts',
    key: '4',
    text: () => 'Timeouts',
    hint: () => 'Every invocation hangs until the function timeout stops it.',
  },
  {
    id: 'throttle',
    key: '5',
    text: () => 'Throttle',
    hint: () =>
      'Reserved concurrency 0, the off switch: every invocation is throttled. Provisioned concurrency is removed too, as it cannot exceed reserved concurrency.',
  },
  {
    id: 'permission',
    key: '6',
    text: () => 'Remove permission',
    hint: (base, permission) => {
      const target = permission?.target(base) ?? null;
      if (target === null) return 'Removes a permission an event source needs.';
      return target.kind === 'policy'
        ? `Removes the resource-based policy statement that lets ${target.principal} (${target.source}) invoke the function.`
        : `Removes ${target.action} from the execution role, which the poller for ${target.source} needs.`;
    },
  },
  {
    id: 'outage',
    key: '7',
    text: () => 'Destination outage',
    hint: () =>
      `For ${OUTAGE_MS / 60_000} minutes from the playhead Lambda cannot reach the dead-letter queue or any destination: what it sends then is lost.`,
  },
];

/** Break the scenario on purpose: each button applies one fault and re-simulates. */
export function FaultToolbar({ className = '' }: { className?: string }) {
  const scenario = useScenarioStore((s) => s.scenario);
  const state = useFaultStore();
  const on = activeFaults(scenario, state);
  const base = faultBase(scenario, state);
  useEffect(() => {
    // The catalog it reads is not part of the first paint; a failed load leaves the button off.
    loadPermissionFault().catch(() => undefined);
  }, []);
  return (
    <div className={`faults ${className}`} role="toolbar" aria-label="Faults">
      <span className="faults__title" aria-hidden="true">
        Faults
      </span>
      {BUTTONS.map((b) => {
        const pressed = on[b.id] !== undefined;
        const why = pressed ? null : faultUnavailable(b.id, base, state.permission);
        // A fault that cannot apply here stays focusable, so a keyboard user can hear why.
        return (
          <Fragment key={b.id}>
            <button
              type="button"
              className="faults__button"
              aria-pressed={pressed}
              aria-disabled={why !== null}
              aria-describedby={why === null ? undefined : `fault-why-${b.id}`}
              title={`${why ?? b.hint(base, state.permission)} (key ${b.key})`}
              onClick={() => runCommand(faultCommandId(b.id))}
            >
              <kbd aria-hidden="true">{b.key}</kbd>
              {b.text(on)}
            </button>
            {why !== null && (
              <span id={`fault-why-${b.id}`} className="visually-hidden">
                {why}
              </span>
            )}
          </Fragment>
        );
      })}
      <button
        type="button"
        className="faults__button faults__clear"
        disabled={!hasFaults(on)}
        title="Back to the scenario as it was before the first fault (key 0)"
        onClick={() => runCommand('fault-clear')}
      >
        <kbd aria-hidden="true">0</kbd>
        Clear faults
      </button>
    </div>
  );
}
