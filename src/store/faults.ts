import { create } from 'zustand';
import { editScenario } from './actions';
import { useScenarioStore } from './scenario';
import type { Scenario } from '../scenario';
import {
  applyFaults,
  ERROR_LEVELS,
  faultUnavailable,
  hasFaults,
  type FaultId,
  type FaultSet,
} from '../scenario/faults';
import type { PermissionFault } from '../scenario/faults-permission';

/**
 * Which faults are on, and the scenario as it was before the first one. The faulted scenario is
 * always recomputed from that base, so turning a fault off restores exactly what it changed.
 * Faults count only while the current scenario is the one they made: loading a preset, opening a
 * link or editing the scenario starts from a clean slate.
 */
interface FaultState {
  readonly base: Scenario | null;
  readonly basePresetId: string | null;
  readonly baseEdited: boolean;
  /** The scenario the faults produced; compared by identity with the current one. */
  readonly applied: Scenario | null;
  readonly faults: FaultSet;
  /** The removed-permission fault, once its module (and the service catalog) has loaded. */
  readonly permission: PermissionFault | undefined;
}

const NONE: FaultSet = Object.freeze({});

export const useFaultStore = create<FaultState>()(() => ({
  base: null,
  basePresetId: null,
  baseEdited: false,
  applied: null,
  faults: NONE,
  permission: undefined,
}));

let loading: Promise<PermissionFault> | null = null;

/** Load the removed-permission fault: after the first paint, or when it is first pressed. */
export function loadPermissionFault(): Promise<PermissionFault> {
  loading ??= import('../scenario/faults-permission').then(
    (m) => {
      useFaultStore.setState({ permission: m.permissionFault });
      return m.permissionFault;
    },
    (e: unknown) => {
      loading = null; // offline or a new deploy: it may be tried again
      throw e;
    },
  );
  return loading;
}

/** The faults on in `scenario` (the current one by default). */
export function activeFaults(
  scenario: Scenario = useScenarioStore.getState().scenario,
  state: FaultState = useFaultStore.getState(),
): FaultSet {
  return state.applied !== null && state.applied === scenario ? state.faults : NONE;
}

/** The scenario as it was before any fault. */
export function faultBase(
  scenario: Scenario = useScenarioStore.getState().scenario,
  state: FaultState = useFaultStore.getState(),
): Scenario {
  return state.applied !== null && state.applied === scenario && state.base ? state.base : scenario;
}

export function isFaultOn(f: FaultSet, id: FaultId): boolean {
  return f[id] !== undefined;
}

/** A fault can be pressed when it can apply here, or is on (to take it off). */
export function faultEnabled(
  id: FaultId,
  scenario?: Scenario,
  state: FaultState = useFaultStore.getState(),
): boolean {
  return (
    isFaultOn(activeFaults(scenario, state), id) ||
    faultUnavailable(id, faultBase(scenario, state), state.permission) === null
  );
}

/** Apply exactly these faults to the base scenario (none: back to it, and to its preset). */
export function setFaults(next: FaultSet): Promise<void> {
  const current = useScenarioStore.getState();
  const state = useFaultStore.getState();
  const ours = state.applied !== null && state.applied === current.scenario && state.base !== null;
  const base = ours ? state.base! : current.scenario;
  const basePresetId = ours ? state.basePresetId : current.presetId;
  const baseEdited = ours ? state.baseEdited : current.edited;
  if (!hasFaults(next)) {
    useFaultStore.setState({ base: null, applied: null, faults: NONE });
    if (!ours) return Promise.resolve();
    return editScenario(base).then(() => {
      // The scenario is the base document again: so is its preset, and whether it was edited.
      if (useScenarioStore.getState().scenario === base)
        useScenarioStore.setState({ presetId: basePresetId, edited: baseEdited });
    });
  }
  const applied = applyFaults(base, next, state.permission);
  useFaultStore.setState({ base, basePresetId, baseEdited, applied, faults: next });
  return editScenario(applied).then(() => {});
}

/**
 * An edit made while faults are on goes to the scenario under them, and the faults are applied
 * again on top, so they stay faults: the toolbar still shows them and 0 still takes them away.
 * `edit` makes the edited document from one, or null when the edit does not fit it. Returns the
 * new scenario on screen, or null when no fault is on (the caller applies its edit itself).
 */
export function editUnderFaults(edit: (s: Scenario) => Scenario | null): Scenario | null {
  const f = activeFaults();
  const state = useFaultStore.getState();
  if (!hasFaults(f) || state.base === null) return null;
  const base = edit(state.base);
  if (base === null) return null;
  const applied = applyFaults(base, f, state.permission);
  useFaultStore.setState({ base, basePresetId: null, baseEdited: true, applied });
  void editScenario(applied);
  return applied;
}

/** Turn a fault on or off; `t` is the playhead, where a poison message or an outage starts. */
export function toggleFault(id: Exclude<FaultId, 'errors'>, t: number): Promise<void> {
  const f = activeFaults();
  if (isFaultOn(f, id)) return setFaults(without(f, id));
  const at = Math.round(t);
  switch (id) {
    case 'poison':
      return setFaults({ ...f, poison: { atMs: at } });
    case 'outage':
      return setFaults({ ...f, outage: { fromMs: at } });
    case 'permission':
      // Read the faults again once the module is here: another may have been pressed meanwhile.
      return loadPermissionFault().then(() => setFaults({ ...activeFaults(), permission: true }));
    default:
      return setFaults({ ...f, [id]: true });
  }
}

/** Errors step off → 10 % → 50 % → 100 % → off. */
export function cycleErrors(): Promise<void> {
  const f = activeFaults();
  const i = f.errors === undefined ? -1 : ERROR_LEVELS.indexOf(f.errors);
  const next = ERROR_LEVELS[i + 1];
  return setFaults(next === undefined ? without(f, 'errors') : { ...f, errors: next });
}

export function clearFaults(): Promise<void> {
  return setFaults(NONE);
}

function without(f: FaultSet, id: FaultId): FaultSet {
  const copy: Record<string, unknown> = { ...f };
  delete copy[id];
  return copy as FaultSet;
}
