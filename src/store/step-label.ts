import type { Scenario } from '../scenario';
import type { FaultId, FaultSet } from '../scenario/faults';
import { pathKey, type DocPath } from '../scenario/edit-path';
import type { StepName } from './history';
import { fieldLabel, itemLabel } from '../view/settings-labels';

/**
 * Naming a step of the undo history from the documents before and after it, so every edit gets a
 * name wherever it came from (the inspector, the faults, a new piece, an import) without each of
 * them passing one: "change batch size", "add fault “Poison message”", "open “SQS batches”".
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

/** A step's name; `fresh` when another scenario replaced the one shown (a preset, a link). */
export interface ScenarioStep extends StepName {
  readonly fresh: boolean;
}

const FAULT_NAMES: Readonly<Record<FaultId, string>> = {
  errors: 'Errors',
  failFirst: 'First 3 fail',
  poison: 'Poison message',
  timeouts: 'Timeouts',
  throttle: 'Throttle',
  permission: 'Remove permission',
  outage: 'Destination outage',
};

/** Name the step from `before` to `after`; `title` names a preset by its id. */
export function nameStep(
  before: Shown,
  after: Shown,
  title: (presetId: string) => string | undefined,
): ScenarioStep {
  if (!after.edited) {
    const name = after.presetId === null ? undefined : title(after.presetId);
    const label = name === undefined ? 'open another scenario' : `open “${name}”`;
    return { label, key: null, fresh: true };
  }
  const faults = faultChange(before.faults?.faults ?? {}, after.faults?.faults ?? {});
  if (faults !== null) return { label: faults, key: null, fresh: false };
  return { ...docChange(before.scenario, after.scenario), fresh: false };
}

function faultChange(before: FaultSet, after: FaultSet): string | null {
  const ids = (Object.keys(FAULT_NAMES) as FaultId[]).filter(
    (id) => JSON.stringify(before[id]) !== JSON.stringify(after[id]),
  );
  if (ids.length === 0) return null;
  if (ids.length > 1) return ids.every((id) => after[id] === undefined) ? 'clear faults' : 'faults';
  const id = ids[0]!;
  if (id === 'errors' && before.errors !== undefined && after.errors !== undefined)
    return `set errors to ${Math.round(after.errors * 100)} %`;
  return `${after[id] === undefined ? 'remove' : 'add'} fault “${FAULT_NAMES[id]}”`;
}

type Change = {
  readonly path: DocPath;
  readonly kind: 'set' | 'add' | 'remove' | 'more' | 'fewer';
};

/** At most this many changes are looked for: more than one already means "edit the scenario". */
const ENOUGH = 2;

function docChange(before: unknown, after: unknown): StepName {
  const changes: Change[] = [];
  diff(before, after, [], changes);
  const only = changes.length === 1 ? changes[0]! : undefined;
  if (only === undefined) return { label: 'edit the scenario', key: null };
  const keys = only.path.filter((k) => typeof k === 'string');
  const last = keys.at(-1) ?? 'scenario';
  switch (only.kind) {
    case 'set':
      return { label: `change ${lower(fieldLabel(last))}`, key: pathKey(only.path) };
    case 'add':
    case 'remove':
      return { label: `${only.kind} ${lower(fieldLabel(last))}`, key: null };
    case 'more':
    case 'fewer':
      return {
        label: `${only.kind === 'more' ? 'add' : 'remove'} ${lower(itemLabel(last))}`,
        key: null,
      };
  }
}

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

/** "Batch size" → "batch size"; a name that starts with an acronym ("EFS", "X-Ray") stays. */
function lower(label: string): string {
  return /^.[a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}
