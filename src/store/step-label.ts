import type { FaultId } from '../scenario/faults';
import { fieldLabel, itemLabel } from '../view/settings-labels';
import { presetInfo } from './scenario';
import type { StepChange } from './step-diff';

/**
 * A step of the undo history in words, for the Undo and Redo buttons: "change batch size",
 * "add fault “Poison message”", "open “SQS: a failing batch, then redrive”". Settings are named
 * as the side panel names them. Loaded after the first paint (see UndoRedo).
 */

const FAULT_NAMES: Readonly<Record<FaultId, string>> = {
  errors: 'Errors',
  failFirst: 'First 3 fail',
  poison: 'Poison message',
  timeouts: 'Timeouts',
  throttle: 'Throttle',
  permission: 'Remove permission',
  outage: 'Destination outage',
};

export function stepLabel(change: StepChange): string {
  switch (change.kind) {
    case 'open': {
      const title = change.presetId === null ? undefined : presetInfo(change.presetId)?.title;
      return title === undefined ? 'open another scenario' : `open “${title}”`;
    }
    case 'faults': {
      const { ids, before, after } = change;
      if (ids.length > 1)
        return ids.every((id) => after[id] === undefined) ? 'clear faults' : 'change faults';
      const id = ids[0]!;
      if (id === 'errors' && before.errors !== undefined && after.errors !== undefined)
        return `set errors to ${Math.round(after.errors * 100)} %`;
      return `${after[id] === undefined ? 'remove' : 'add'} fault “${FAULT_NAMES[id]}”`;
    }
    case 'edit':
      return 'edit the scenario';
    case 'named':
      return change.name;
    case 'set':
    case 'add':
    case 'remove':
    case 'more':
    case 'fewer': {
      // A list item's index says nothing: name the setting (or the list) it belongs to.
      const last = change.path.filter((k) => typeof k === 'string').at(-1) ?? 'scenario';
      if (change.kind === 'set') return `change ${lower(fieldLabel(last))}`;
      if (change.kind === 'add' || change.kind === 'remove')
        return `${change.kind} ${lower(fieldLabel(last))}`;
      return `${change.kind === 'more' ? 'add' : 'remove'} ${lower(itemLabel(last))}`;
    }
  }
}

/** "Batch size" → "batch size"; a name that starts with an acronym ("EFS", "X-Ray") stays. */
function lower(label: string): string {
  return /^.[a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}
