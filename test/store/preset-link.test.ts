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

describe('the link sync after a short link opened before the first paint', () => {
  it('leaves a playback the person started alone instead of opening the link again', async () => {
    const { startLinkSync } = await import('../../src/store/link-sync');
    window.history.replaceState(null, '', '/#p=api-gateway-throttle&t=5000');
    await startAtPresetLink(readPresetLink(window.location.hash)!);
    const stop = startLinkSync({ write: false });
    // Play pressed at once, before the link codec has arrived.
    usePlaybackStore.setState({ playing: true, t: 6_000 });
    await import('../../src/store/link-open');
    await new Promise((r) => setTimeout(r, 50));
    expect(usePlaybackStore.getState()).toMatchObject({ playing: true, t: 6_000 });
    expect(useScenarioStore.getState().presetId).toBe('api-gateway-throttle');
    stop();
  });

  it('still opens a short link that selects a message, which needs the run', async () => {
    const { startLinkSync } = await import('../../src/store/link-sync');
    const { useSelectionStore } = await import('../../src/store');
    window.history.replaceState(null, '', '/#p=api-gateway-throttle&t=5000&sel=1');
    await startAtPresetLink(readPresetLink(window.location.hash)!);
    const stop = startLinkSync({ write: false });
    await expect.poll(() => useSelectionStore.getState().message, { timeout: 30_000 }).toBe(1);
    stop();
  });
});

describe('a change made while a refused link was being read', () => {
  it('is written to the address once the link is reported', async () => {
    const { startLinkSync } = await import('../../src/store/link-sync');
    const { loadPreset } = await import('../../src/store');
    const { useLinkStore } = await import('../../src/store/link-state');
    window.history.replaceState(null, '', '/#s=keep');
    const stop = startLinkSync({ write: true });
    // The person picks a scenario before the link codec has arrived.
    await loadPreset('sqs-fifo');
    await expect.poll(() => useLinkStore.getState().problem, { timeout: 30_000 }).not.toBeNull();
    await expect.poll(() => window.location.hash, { timeout: 30_000 }).toBe('#p=sqs-fifo');
    stop();
  });
});
