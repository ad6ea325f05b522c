import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SidePanel } from '../../../src/ui/inspector/SidePanel';
import { currentRun, resetAll, seek, selectNode, useScenarioStore } from '../../../src/store';
import type { FateKind } from '../../../src/engine';

/** The side panel alone, on a preset, with a node selected and its form loaded. */
export async function openNode(preset: string, node: string, t = 0) {
  resetAll(preset);
  const user = userEvent.setup();
  const view = render(<SidePanel />);
  act(() => {
    seek(t);
    selectNode(node);
  });
  // The form is a lazily loaded module.
  await screen.findAllByRole('heading', { level: 3 });
  return { user, ...view };
}

export function fateCounts(): Partial<Record<FateKind, number>> {
  const out: Partial<Record<FateKind, number>> = {};
  for (const f of currentRun().fates) out[f.kind] = (out[f.kind] ?? 0) + 1;
  return out;
}

export function traceCount(kind: string): number {
  return currentRun().trace.filter((e) => e.kind === kind).length;
}

export const scenario = () => useScenarioStore.getState().scenario;
