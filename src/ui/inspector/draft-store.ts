import { create } from 'zustand';
import type { Scenario, ScenarioError } from '../../scenario';
import { applyEdit } from '../../scenario/edit-apply';
import type { DocPath } from '../../scenario/edit-path';
import { editScenario, useScenarioStore } from '../../store';
import { editUnderFaults } from '../../store/faults';

/**
 * The inspector's copy of the scenario document. Every edit is parsed at once: a valid one
 * replaces the running scenario (re-simulated, playhead kept); an invalid one stays here with the
 * parser's errors, so nothing typed is lost and the running scenario is untouched. A scenario
 * changed from elsewhere (a preset, a fault, a link) starts a new draft.
 */
export interface DraftState {
  /** The document as the person has typed it. */
  readonly draft: unknown;
  /** What the parser says is wrong with the draft; empty when it is what runs. */
  readonly errors: readonly ScenarioError[];
}

let applied: Scenario | null = null;

export const useDraftStore = create<DraftState>()(() => ({
  draft: useScenarioStore.getState().scenario,
  errors: [],
}));

useScenarioStore.subscribe((s, prev) => {
  if (s.scenario === prev.scenario || s.scenario === applied) return;
  useDraftStore.setState({ draft: s.scenario, errors: [] });
});

export function editDraft(path: DocPath, value: unknown): void {
  const { draft, result } = applyEdit(useDraftStore.getState().draft, path, value);
  if (result.ok) {
    // With faults on, the edit goes under them (see editUnderFaults); otherwise it is the scenario.
    const underFaults = editUnderFaults((base) => {
      const r = applyEdit(base, path, value).result;
      return r.ok ? r.scenario : null;
    });
    applied = underFaults ?? result.scenario;
    useDraftStore.setState({ draft: underFaults ?? draft, errors: [] });
    if (underFaults === null) void editScenario(result.scenario);
  } else {
    useDraftStore.setState({ draft, errors: result.errors });
  }
}

/** Drop the edits that are not valid: back to the scenario that is running. */
export function revertDraft(): void {
  useDraftStore.setState({ draft: useScenarioStore.getState().scenario, errors: [] });
}
