import { describe, expect, it } from 'vitest';
import { firstPreset, presetIndex } from 'virtual:validated-presets';
import { FIRST_PRESET } from '../../scripts/validated-presets-plugin';
import { familiesNeeded } from '../../src/engine';
import { presets } from '../../src/scenario';
import {
  DEFAULT_PRESET,
  PRESETS,
  presetInfo,
  presetScenario,
  presetScenarioLoaded,
  presetSummary,
} from '../../src/store/scenario';
import { readPresetLink } from '../../src/store/preset-link';

describe('built-in presets in the page', () => {
  it('ships the document of the scenario the app opens with, and only an index of the others', () => {
    expect(FIRST_PRESET).toBe(DEFAULT_PRESET);
    expect(firstPreset.id).toBe(DEFAULT_PRESET);
    expect(presetIndex.map((p) => p.id)).toEqual(presets.map((p) => p.id));
    expect(presetIndex.every((p) => !('scenario' in p) && !('summary' in p))).toBe(true);
    expect(firstPreset.summary).toBe(presets.find((p) => p.id === DEFAULT_PRESET)!.summary);
  });

  it('knows every preset’s length from the index, so a short link is read before any fetch', () => {
    for (const p of PRESETS) {
      expect(p.durationMs, p.id).toBe(presetScenario(p.id).durationMs);
      // Whether a link to it fetches the source families alongside its document.
      expect(p.needsFamilies, p.id).toBe(familiesNeeded(presetScenario(p.id)).length > 0);
    }
    expect(PRESETS.filter((p) => p.needsFamilies)).toHaveLength(18);
    expect(presetInfo('async-retries')!.needsFamilies).toBe(false);
    expect(readPresetLink('#p=sqs-fifo&t=999999999')).toEqual({
      presetId: 'sqs-fifo',
      t: presetInfo('sqs-fifo')!.durationMs,
      selection: null,
      speed: 1,
    });
  });

  it('answers with the validated document once loaded, and names an unknown preset', async () => {
    expect(await presetScenarioLoaded('sqs-fifo')).toBe(presetScenario('sqs-fifo'));
    for (const p of presets) expect(presetSummary(p.id), p.id).toBe(p.summary);
    await expect(presetScenarioLoaded('no-such-preset')).rejects.toThrow(
      'unknown preset "no-such-preset"',
    );
  });
});
