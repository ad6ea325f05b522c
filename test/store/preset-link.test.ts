import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_PRESET,
  presetScenario,
  resetAll,
  usePlaybackStore,
  useScenarioStore,
} from '../../src/store';
import { readPresetLink, startAtPresetLink } from '../../src/store/preset-link';

afterEach(() => resetAll(DEFAULT_PRESET));

describe('a built-in scenario’s short link, read before the first paint', () => {
  it('reads the preset, moment, selection and speed', () => {
    expect(readPresetLink('#p=api-gateway-throttle&t=5000&sel=2&speed=0.5')).toEqual({
      presetId: 'api-gateway-throttle',
      t: 5_000,
      selection: 2,
      speed: 0.5,
    });
    expect(readPresetLink('p=async-retries')).toEqual({
      presetId: 'async-retries',
      t: 0,
      selection: null,
      speed: 1,
    });
  });

  it('keeps the moment inside the scenario and the speed inside its range', () => {
    // The throttle preset lasts 20 s.
    expect(readPresetLink('#p=api-gateway-throttle&t=999999&speed=500')).toMatchObject({
      t: 20_000,
      speed: 100,
    });
  });

  it('leaves everything else to the link codec', () => {
    for (const fragment of [
      '',
      '#v1.abc',
      '#p=no-such-preset',
      '#p=async-retries&t=-5',
      '#p=async-retries&t=1e9',
      '#p=async-retries&zoom=2',
      '#p=async-retries&p=api-gateway-throttle',
      '#t=5&p=async-retries&t',
    ])
      expect(readPresetLink(fragment), fragment).toBeNull();
  });

  it('starts the app on the preset, paused at the moment', async () => {
    await startAtPresetLink(readPresetLink('#p=api-gateway-throttle&t=5000&speed=2')!);
    expect(useScenarioStore.getState()).toMatchObject({
      scenario: presetScenario('api-gateway-throttle'),
      presetId: 'api-gateway-throttle',
      edited: false,
    });
    expect(usePlaybackStore.getState()).toMatchObject({ t: 5_000, speed: 2, playing: false });
  });
});
