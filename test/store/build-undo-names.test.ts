import { beforeEach, describe, expect, it } from 'vitest';
import { resetAll, useScenarioStore, useSelectionStore } from '../../src/store';
import {
  addPieceTo,
  connectBoxes,
  duplicateCurrent,
  removeBox,
  startFromScratch,
} from '../../src/store/build-actions';
import { undoStep } from '../../src/store/history';
import { stepLabel } from '../../src/store/step-label';
import { clearHistory, undo } from '../../src/store/undo';
import { useHistoryStore } from '../../src/store/undo-state';
import { boxName } from '../../src/scenario/build/step-names';

beforeEach(() => {
  resetAll('async-retries');
  clearHistory();
});

const undoLabel = () => {
  const step = undoStep(useHistoryStore.getState().history);
  return step === null ? null : stepLabel(step.change);
};

describe('the Build palette names its undo steps for what they did', () => {
  it('adds, connects and removes a queue, each step named; undo walks back through them', async () => {
    expect(await addPieceTo('sqs-standard')).toBe(true);
    // The new queue is picked: its box is the one the inspector edits.
    const queue = useSelectionStore.getState().node!;
    expect(queue).toBe('sqs:orders');
    expect(useScenarioStore.getState().scenario.queues?.[0]?.mapping).toBeUndefined();
    expect(undoLabel()).toBe('add SQS standard queue');
    expect(await connectBoxes(queue, 'function')).toBe(true);
    expect(undoLabel()).toBe('connect queue orders → function');
    expect(await removeBox(queue)).toBe(true);
    expect(undoLabel()).toBe('remove queue orders');
    expect(await undo()).toBe(true);
    expect(undoLabel()).toBe('connect queue orders → function');
    expect(await undo()).toBe(true);
    expect(undoLabel()).toBe('add SQS standard queue');
  });

  it('names a new design and a copy', async () => {
    expect(await startFromScratch()).toBe(true);
    expect(undoLabel()).toBe('start a new design');
    expect(await duplicateCurrent()).toBe(true);
    expect(undoLabel()).toBe('duplicate the design');
  });

  it('names boxes by kind and name', () => {
    expect(boxName('function')).toBe('function');
    expect(boxName('lambda')).toBe('Invoke API');
    expect(boxName('sqs:orders')).toBe('queue orders');
    expect(boxName('esm:sqs:orders')).toBe('mapping of queue orders');
    expect(boxName('workload:uploads')).toBe('uploads');
    expect(boxName('stream:clicks')).toBe('stream clicks');
  });
});
