import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  editScenario,
  loadPreset,
  presetScenario,
  resetAll,
  seek,
  useLayoutStore,
  usePlaybackStore,
  useScenarioStore,
  moveNode,
} from '../../src/store';
import { activeFaults, clearFaults, cycleErrors, toggleFault } from '../../src/store/faults';
import { BURST_MS, redoStep, undoStep } from '../../src/store/history';
import { stepLabel } from '../../src/store/step-label';
import { clearHistory, redo, setHistoryClock, undo } from '../../src/store/undo';
import { redoPossible, undoPossible, useHistoryStore } from '../../src/store/undo-state';
import { editDraft, useDraftStore } from '../../src/ui/inspector/draft-store';
import type { Scenario } from '../../src/scenario';

let now = 0;
setHistoryClock(() => now);

beforeEach(() => {
  resetAll('async-retries');
  clearHistory();
  now = 0;
});

const state = () => useScenarioStore.getState();
const fn = () => state().scenario.function;
const history = () => useHistoryStore.getState().history;
const undoLabel = (h: ReturnType<typeof history>) => {
  const step = undoStep(h);
  return step === null ? null : stepLabel(step.change);
};
const redoLabel = (h: ReturnType<typeof history>) => {
  const step = redoStep(h);
  return step === null ? null : stepLabel(step.change);
};
/** Let the clock pass a burst, so the next edit is a step of its own. */
const pause = () => (now += BURST_MS + 1);

describe('undo and redo of scenario edits', () => {
  it('restores the document, its preset and whether it was edited, and names the step', async () => {
    const preset = presetScenario('async-retries');
    expect(fn().timeoutSeconds).toBe(10);
    editDraft(['function', 'timeoutSeconds'], 20);
    expect(undoLabel(history())).toBe('change timeout');

    expect(await undo()).toBe(true);
    expect(state()).toMatchObject({ presetId: 'async-retries', edited: false });
    expect(state().scenario).toEqual(preset);
    expect(redoLabel(history())).toBe('change timeout');
    // The inspector shows the restored document, not the edit.
    expect(useDraftStore.getState().draft).toEqual(preset);

    expect(await redo()).toBe(true);
    expect(fn().timeoutSeconds).toBe(20);
    expect(state()).toMatchObject({ presetId: null, edited: true });
    expect(undoPossible()).toBe(true);
    expect(redoPossible()).toBe(false);
  });

  it('takes back a burst of typing in one field as one step', async () => {
    for (const v of [2, 25, 250]) {
      editDraft(['function', 'timeoutSeconds'], v);
      now += 300;
    }
    pause();
    editDraft(['function', 'memoryMb'], 256);
    expect(history().past.map((e) => stepLabel(e.step.change))).toEqual([
      'change timeout',
      'change memory',
    ]);
    await undo();
    expect(fn()).toMatchObject({ timeoutSeconds: 250 });
    await undo();
    expect(fn().timeoutSeconds).toBe(10);
  });

  it('keeps the playhead where it was when the restored run still reaches it', async () => {
    seek(40_000);
    editDraft(['function', 'timeoutSeconds'], 20);
    await undo();
    expect(usePlaybackStore.getState().t).toBe(40_000);
  });

  it('undoes a fault, and the fault toolbar agrees with the document', async () => {
    await toggleFault('throttle', 0);
    pause();
    await cycleErrors();
    expect(undoLabel(history())).toBe('add fault “Errors”');
    pause();
    await cycleErrors();
    expect(undoLabel(history())).toBe('set errors to 50 %');

    await undo();
    expect(activeFaults()).toEqual({ throttle: true, errors: 0.1 });
    expect(fn().behaviour).toMatchObject({ errorRate: 0.1 });
    await undo();
    await undo();
    expect(activeFaults()).toEqual({});
    expect(state()).toMatchObject({ presetId: 'async-retries', edited: false });
    expect(fn().reservedConcurrency).toBeUndefined();

    await redo();
    expect(activeFaults()).toEqual({ throttle: true });
    // Clearing works from a redone fault: back to the preset.
    await clearFaults();
    expect(undoLabel(history())).toBe('remove fault “Throttle”');
    expect(state()).toMatchObject({ presetId: 'async-retries', edited: false });
  });

  it('makes opening another preset a step, so edited work comes back', async () => {
    editDraft(['function', 'timeoutSeconds'], 20);
    moveNode('horizontal', 'function', { x: 5, y: 5 });
    await loadPreset('sqs-redrive');
    expect(undoLabel(history())).toBe('open “SQS: a failing batch, then redrive”');
    await undo();
    expect(state()).toMatchObject({ presetId: null, edited: true });
    expect(fn().timeoutSeconds).toBe(20);
    // Another scenario is laid out afresh.
    expect(useLayoutStore.getState().moved.horizontal).toEqual({});
  });

  it('names a step that is not one field by what it did to a list, or as an edit', async () => {
    const s = state().scenario;
    const first = s.workloads[0]!;
    await editScenario({ ...s, workloads: [...s.workloads, first] });
    expect(undoLabel(history())).toBe('add caller');
    pause();
    await editScenario({ ...s, durationMs: s.durationMs + 1, seed: s.seed + 1 } as Scenario);
    expect(undoLabel(history())).toBe('edit the scenario');
  });
});

describe('any sequence of inspector edits, undos and redos', () => {
  type Op = { kind: 'edit'; timeout: number } | { kind: 'undo' } | { kind: 'redo' };
  const op: fc.Arbitrary<Op> = fc.oneof(
    fc.record({ kind: fc.constant('edit' as const), timeout: fc.integer({ min: 1, max: 30 }) }),
    fc.constant({ kind: 'undo' as const }),
    fc.constant({ kind: 'redo' as const }),
  );

  async function play(ops: readonly Op[]): Promise<void> {
    for (const o of ops) {
      pause();
      if (o.kind === 'undo') await undo();
      else if (o.kind === 'redo') await redo();
      else editDraft(['function', 'timeoutSeconds'], o.timeout);
    }
  }

  it('undoing everything returns the original; undo then redo returns the same document', async () => {
    const original = presetScenario('async-retries');
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 12 }), async (ops) => {
        resetAll('async-retries');
        clearHistory();
        await play(ops);
        const here = state().scenario;
        if (undoPossible()) {
          await undo();
          await redo();
          expect(state().scenario).toEqual(here);
        }
        while (undoPossible()) await undo();
        expect(state().scenario).toEqual(original);
        expect(state()).toMatchObject({ presetId: 'async-retries', edited: false });
      }),
      { numRuns: 40 },
    );
  });

  it('a new edit after an undo clears what could be redone', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 12 }), async (ops) => {
        resetAll('async-retries');
        clearHistory();
        await play([{ kind: 'edit', timeout: 7 }, ...ops]);
        if (undoPossible()) await undo();
        fc.pre(redoPossible());
        pause();
        editDraft(['function', 'memoryMb'], 512);
        expect(redoPossible()).toBe(false);
      }),
      { numRuns: 40 },
    );
  });
});

describe('undo in a comparison', () => {
  it('keeps one history per side: switching sides is not a step, and Ctrl+Z never crosses over', async () => {
    const { startWhatIf, resetCompare, useCompareStore } = await import('../../src/store/compare');
    const { editSide } = await import('../../src/store/compare-sides');
    editDraft(['function', 'timeoutSeconds'], 20); // before the fork: belongs to B's past
    pause();
    startWhatIf(); // B is the copy being edited
    editDraft(['function', 'memoryMb'], 256);
    pause();
    editSide('a');
    expect(fn()).toMatchObject({ timeoutSeconds: 20, memoryMb: 128 });
    expect(undoPossible()).toBe(false); // A's history starts at the fork
    editDraft(['function', 'memoryMb'], 512);
    pause();
    expect(history().past.map((e) => stepLabel(e.step.change))).toEqual(['change memory']);

    expect(await undo()).toBe(true);
    expect(fn().memoryMb).toBe(128);
    expect(undoPossible()).toBe(false);

    editSide('b');
    expect(fn()).toMatchObject({ timeoutSeconds: 20, memoryMb: 256 });
    expect(history().past.map((e) => stepLabel(e.step.change))).toEqual([
      'change timeout',
      'change memory',
    ]);
    await undo();
    expect(fn().memoryMb).toBe(128);
    expect(useCompareStore.getState().other?.scenario.function.memoryMb).toBe(128);
    resetCompare();
  });
});

describe('undo of a design built from pieces', () => {
  it('takes back adding a queue, then its arrow, one step at a time', async () => {
    const { addPieceTo, connectBoxes, startFromScratch } =
      await import('../../src/store/build-actions');
    expect(await startFromScratch()).toBe(true);
    pause();
    const scratch = state().scenario;
    expect(await addPieceTo('sqs-standard')).toBe(true);
    pause();
    const withQueue = state().scenario;
    expect(withQueue.queues?.map((q) => q.name)).toHaveLength(1);
    const queue = `sqs:${withQueue.queues![0]!.name}`;
    expect(await connectBoxes(queue, 'function')).toBe(true);
    expect(state().scenario.queues![0]!.mapping).toBeDefined();

    await undo();
    expect(state().scenario).toEqual(withQueue);
    await undo();
    expect(state().scenario).toEqual(scratch);
    await redo();
    expect(state().scenario).toEqual(withQueue);
  });
});
