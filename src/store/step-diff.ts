import type { Scenario } from '../scenario';
import type { FaultId, FaultSet } from '../scenario/faults';
import type { DocPath } from '../scenario/edit-path';
import type { StepName } from './history';

/**
 * What a step of the undo history did, worked out from the states before and after it, so every
 * change is described wherever it came from (the inspector, the faults, a new piece, an import)
 * without each of them saying so. Words for it come from src/store/step-label.ts, loaded later:
 * the field names it needs are not part of the first page.
 */

/** What one step restores: the scenario as shown, and the faults that made it (if any). */
export interface Shown {
  readonly scenario: Scenario;
  readonly presetId: string | null;
  readonly edited: boolean;
  readonly faults: ShownFaults | null;
}

/** The faults on, and the scenario under them (src/store/faults.ts keeps the same). */
export interface ShownFaults {
  readonly base: Scenario;
  readonly basePresetId: string | null;
  readonly baseEdited: boolean;
  readonly faults: FaultSet;
}

export type StepChange =
  /** Another scenario replaced the one shown (a preset, a link, a file). */
  | { readonly kind: 'open'; readonly presetId: string | null }
  /** Faults turned on or off, or the error rate changed. */
  | {
      readonly kind: 'faults';
      readonly ids: readonly FaultId[];
      readonly after: FaultSet;
      readonly before: FaultSet;
    }
  /** One setting set, added or removed; an item added to or removed from a list. */
  | { readonly kind: 'set' | 'add' | 'remove' | 'more' | 'fewer'; readonly path: DocPath }
  /** Anything larger. */
  | { readonly kind: 'edit' }
  /** A change its action named (the Build palette: "connect queue orders → function"). */
  | { readonly kind: 'named'; readonly name: string };

export interface ScenarioStep extends StepName {
  readonly change: StepChange;
  /** Another scenario replaced the one shown: it has a layout of its own. */
  readonly fresh: boolean;
}

const FAULT_IDS: readonly FaultId[] = [
  'errors',
  'failFirst',
  'poison',
  'timeouts',
  'throttle',
  'permission',
  'outage',
];

export function describeStep(before: Shown, after: Shown): ScenarioStep {
  if (!after.edited)
    return { change: { kind: 'open', presetId: after.presetId }, key: null, fresh: true };
  const was = before.faults?.faults ?? {};
  const now = after.faults?.faults ?? {};
  const ids = FAULT_IDS.filter((id) => JSON.stringify(was[id]) !== JSON.stringify(now[id]));
  if (ids.length > 0)
    return { change: { kind: 'faults', ids, before: was, after: now }, key: null, fresh: false };
  const changes: Change[] = [];
  diff(before.scenario, after.scenario, [], changes);
  const only = changes.length === 1 ? changes[0]! : undefined;
  if (only === undefined) return { change: { kind: 'edit' }, key: null, fresh: false };
  // Only a setting set in place joins a burst of typing; adding or removing is a step of its own.
  // The dotted path, as the parser writes it (pathKey, kept out of the first page's imports).
  const key = only.kind === 'set' ? only.path.join('.') : null;
  return { change: only, key, fresh: false };
}

type Change = {
  readonly path: DocPath;
  readonly kind: 'set' | 'add' | 'remove' | 'more' | 'fewer';
};

/** At most this many changes are looked for: more than one already means "edit". */
const ENOUGH = 2;

function diff(a: unknown, b: unknown, path: DocPath, out: Change[]): void {
  if (out.length >= ENOUGH || Object.is(a, b)) return;
  if (a === undefined) return void out.push({ path, kind: 'add' });
  if (b === undefined) return void out.push({ path, kind: 'remove' });
  if (Array.isArray(a) && Array.isArray(b)) {
    // A list that grew or shrank is one change (an item added or removed), whatever shifted.
    if (a.length !== b.length)
      return void out.push({ path, kind: a.length < b.length ? 'more' : 'fewer' });
    a.forEach((x, i) => diff(x, b[i], [...path, i], out));
    return;
  }
  if (isRecord(a) && isRecord(b) && !Array.isArray(a) && !Array.isArray(b)) {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)]))
      diff(a[k], b[k], [...path, k], out);
    return;
  }
  out.push({ path, kind: 'set' });
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null;
}
