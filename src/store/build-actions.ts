import type { Scenario } from '../scenario';
import { addPiece, connect, removePiece, type Change } from '../scenario/build/apply';
import { canConnect } from '../scenario/build/connections';
import { pieceById } from '../scenario/build/pieces';
import { duplicateScenario, scratchScenario } from '../scenario/build/scratch';
import { stepNames } from '../scenario/build/step-names';
import { buildNotice, editScenario, selectNode, useScenarioStore } from './index';
import { nameStep } from './undo-state';

/**
 * What the Build palette does, as store actions. Every change goes through editScenario, so the
 * share link, the exported file, the address bar and undo all see the design as it is now; the
 * new box is picked so the inspector edits it at once.
 */

const current = (): Scenario => useScenarioStore.getState().scenario;

/** Make the change, its undo step named `step`, and say `done`. */
function apply(change: Change, done: string, step: string): Promise<boolean> {
  if (!change.ok) {
    buildNotice(change.reason);
    return Promise.resolve(false);
  }
  nameStep(change.scenario, step);
  return editScenario(change.scenario).then((shown) => {
    if (shown) {
      selectNode(change.node);
      buildNotice(done);
    } else buildNotice('That design could not be simulated; nothing changed.');
    return shown;
  });
}

export function addPieceTo(pieceId: string, at: string | null = null): Promise<boolean> {
  const piece = pieceById(pieceId);
  const change = addPiece(current(), pieceId, at ?? undefined);
  const label = piece?.label ?? pieceId;
  return apply(change, `Added ${label}.`, stepNames.add(label));
}

export function connectBoxes(from: string, to: string): Promise<boolean> {
  return apply(connect(current(), from, to), 'Connected.', stepNames.connect(from, to));
}

export function removeBox(nodeId: string): Promise<boolean> {
  return apply(removePiece(current(), nodeId), 'Removed.', stepNames.remove(nodeId));
}

export function startFromScratch(): Promise<boolean> {
  return apply(
    { ok: true, scenario: scratchScenario(), node: null },
    'Started a new design.',
    stepNames.scratch,
  );
}

export function duplicateCurrent(): Promise<boolean> {
  const copy = duplicateScenario(current());
  return apply(
    { ok: true, scenario: copy, node: null },
    `Now editing "${copy.name}".`,
    stepNames.duplicate,
  );
}

/** What the diagram's mouse handlers (ui/build/build-flow) ask and do while the palette is open. */
export const buildHandlers = {
  canConnect: (from: string, to: string): { ok: true } | { ok: false; reason: string } => {
    const v = canConnect(from, to, current());
    return v.ok ? { ok: true } : { ok: false, reason: v.reason };
  },
  connect: (from: string, to: string) => void connectBoxes(from, to),
  drop: (pieceId: string, at: string | null) => {
    const piece = pieceById(pieceId);
    // Only a DLQ or destination belongs to the box it is dropped on; other pieces find their place.
    void addPieceTo(pieceId, piece?.spec.kind === 'target' ? at : null);
  },
};
