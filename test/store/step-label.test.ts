import { describe, expect, it } from 'vitest';
import { presetScenario } from '../../src/store';
import { describeStep, type Shown } from '../../src/store/step-diff';
import { stepLabel } from '../../src/store/step-label';
import type { Scenario } from '../../src/scenario';

const preset = presetScenario('async-retries');
const shown = (scenario: Scenario, more: Partial<Shown> = {}): Shown => ({
  scenario,
  presetId: null,
  edited: true,
  faults: null,
  ...more,
});
const label = (before: Shown, after: Shown) => stepLabel(describeStep(before, after).change);

describe('naming a step of the undo history', () => {
  const start = shown(preset, { presetId: 'async-retries', edited: false });

  it('names an open by the preset’s title, or as another scenario', () => {
    expect(label(shown(preset), start)).toBe('open “Async retries, then the DLQ”');
    expect(label(start, shown(preset, { edited: false }))).toBe('open another scenario');
  });

  it('names a setting as the side panel does, and an optional one added or removed', () => {
    const fn = preset.function;
    const memory = { ...preset, function: { ...fn, memoryMb: 512 } };
    expect(describeStep(start, shown(memory))).toMatchObject({ key: 'function.memoryMb' });
    expect(label(start, shown(memory))).toBe('change memory');
    const traced = { ...preset, function: { ...fn, tracing: 'Active' } } as Scenario;
    expect(label(start, shown(traced))).toBe('add X-Ray tracing');
    expect(label(shown(traced), shown(preset))).toBe('remove X-Ray tracing');
  });

  it('names faults turned on, off, stepped, and cleared together', () => {
    const on = (faults: Shown['faults']) => shown(preset, { faults });
    const f = (faults: object) => ({ base: preset, basePresetId: null, baseEdited: false, faults });
    expect(label(start, on(f({ poison: { atMs: 0 } })))).toBe('add fault “Poison message”');
    expect(label(on(f({ errors: 0.1 })), on(f({ errors: 1 })))).toBe('set errors to 100 %');
    expect(label(on(f({ throttle: true, timeouts: true })), shown(preset))).toBe('clear faults');
  });
});
