import { beforeEach, describe, expect, it } from 'vitest';
import { resetAll, useScenarioStore } from '../../../src/store';
import { activeFaults, clearFaults, toggleFault } from '../../../src/store/faults';
import { editDraft } from '../../../src/ui/inspector/draft-store';

beforeEach(() => resetAll('async-retries'));

const fn = () => useScenarioStore.getState().scenario.function;

describe('editing a setting while a fault is on', () => {
  it('edits the scenario under the fault, which stays a fault that 0 takes away', async () => {
    await toggleFault('throttle', 0);
    expect(fn().reservedConcurrency).toBe(0);

    editDraft(['function', 'timeoutSeconds'], 20);
    // The edit shows, and the throttle is still a fault, not part of the scenario.
    expect(fn()).toMatchObject({ timeoutSeconds: 20, reservedConcurrency: 0 });
    expect(activeFaults()).toEqual({ throttle: true });

    await clearFaults();
    expect(fn().timeoutSeconds).toBe(20);
    expect(fn().reservedConcurrency).toBeUndefined();
    expect(useScenarioStore.getState()).toMatchObject({ presetId: null, edited: true });
  });
});
