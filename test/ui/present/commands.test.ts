import { beforeEach, describe, expect, it } from 'vitest';
import { commandForKey, runCommand } from '../../../src/commands';
import {
  DEFAULT_PRESET,
  resetAll,
  setPresenting,
  usePlaybackStore,
  usePresentationStore,
} from '../../../src/store';

beforeEach(() => {
  resetAll(DEFAULT_PRESET);
  setPresenting(false);
});

const t = () => usePlaybackStore.getState().t;
const presentation = () => usePresentationStore.getState();
const press = (key: string) => {
  const command = commandForKey(key);
  expect(command, key).toBeDefined();
  return runCommand(command!.id);
};

describe('presentation commands', () => {
  it('f turns presentation mode on and off; Escape only leaves it', () => {
    expect(press('Escape')).toBe(false);
    press('f');
    expect(presentation().presenting).toBe(true);
    press('f');
    expect(presentation().presenting).toBe(false);
    press('f');
    expect(press('Escape')).toBe(true);
    expect(presentation().presenting).toBe(false);
  });

  it('b blanks the screen and brings it back, only while presenting', () => {
    expect(press('b')).toBe(false);
    expect(presentation().blank).toBe(false);
    press('f');
    press('b');
    expect(presentation().blank).toBe(true);
    press('b');
    expect(presentation().blank).toBe(false);
    // Leaving presentation mode never leaves the screen black.
    press('b');
    press('Escape');
    expect(presentation()).toMatchObject({ presenting: false, blank: false });
  });

  it('while the screen is blank, a clicker key or "." only brings it back', () => {
    press('f');
    press('PageDown');
    expect(t()).toBe(100);
    for (const key of ['PageDown', 'PageUp', 'ArrowRight', 'ArrowLeft', '.', ' ']) {
      press('b');
      expect(presentation().blank, key).toBe(true);
      expect(press(key), key).toBe(true);
      expect(presentation().blank, key).toBe(false);
      expect(usePlaybackStore.getState(), key).toMatchObject({ t: 100, playing: false });
    }
    // Once the screen shows again, PageDown steps as before.
    press('PageDown');
    expect(t()).toBe(350);
  });

  it('PageDown steps to the next event and PageUp back, pausing playback', () => {
    // Async retries, then the DLQ: accepted at 0, cold start at 0.100, attempt 1 starts at
    // 0.350 and fails at 1.150.
    usePlaybackStore.setState({ playing: true });
    press('PageDown');
    expect(usePlaybackStore.getState()).toMatchObject({ t: 100, playing: false });
    press('PageDown');
    expect(t()).toBe(350);
    press('PageDown');
    expect(t()).toBe(1_150);
    press('PageUp');
    expect(t()).toBe(350);
    press('PageUp');
    press('PageUp');
    expect(t()).toBe(0);
    expect(press('PageUp')).toBe(false);
  });

  it('PageDown stops at the last event', () => {
    usePlaybackStore.setState({ t: 187_500 });
    expect(press('PageDown')).toBe(false);
    expect(press('PageUp')).toBe(true);
    expect(t()).toBe(186_700);
  });
});
