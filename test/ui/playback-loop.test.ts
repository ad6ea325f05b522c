import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_PRESET,
  play,
  resetAll,
  setSkipQuiet,
  SKIP_QUIET_STORAGE_KEY,
  startPlaybackLoop,
  usePlaybackStore,
} from '../../src/store';

/** A hand-driven requestAnimationFrame: frame(ms) runs the queued callback at that time. */
function manualFrames() {
  let pending: FrameRequestCallback | null = null;
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => {
    pending = cb;
    return 1;
  });
  vi.stubGlobal('cancelAnimationFrame', () => {
    pending = null;
  });
  return {
    frame(now: number) {
      const cb = pending;
      pending = null;
      cb?.(now);
    },
    get waiting() {
      return pending !== null;
    },
  };
}

beforeEach(() => resetAll(DEFAULT_PRESET));
afterEach(() => vi.unstubAllGlobals());

describe('the playback loop', () => {
  it('advances t by elapsed × speed while playing, and idles while paused', () => {
    const frames = manualFrames();
    const stop = startPlaybackLoop();
    expect(frames.waiting).toBe(false);
    usePlaybackStore.setState({ speed: 4 });
    play();
    frames.frame(1000); // first frame only sets the clock
    frames.frame(1016);
    expect(usePlaybackStore.getState().t).toBe(64);
    usePlaybackStore.setState({ playing: false });
    frames.frame(1032);
    expect(usePlaybackStore.getState().t).toBe(64);
    expect(frames.waiting).toBe(false);
    stop();
  });

  it('stops at the end of the timeline: shortly after the last event, not the 10-minute duration', () => {
    const frames = manualFrames();
    const stop = startPlaybackLoop();
    usePlaybackStore.setState({ t: 196_800, speed: 100 });
    play();
    frames.frame(0);
    frames.frame(16);
    expect(usePlaybackStore.getState()).toMatchObject({ t: 196_875, playing: false });
    stop();
  });

  it('jumps over a quiet minute while playing at 1×, unless skipping is turned off', () => {
    const frames = manualFrames();
    const stop = startPlaybackLoop();
    // async-retries: nothing happens between 5.9 s and the first retry at 61.15 s.
    usePlaybackStore.setState({ t: 6_700, speed: 1 });
    play();
    frames.frame(0);
    frames.frame(200);
    expect(usePlaybackStore.getState().t).toBe(60_350);
    setSkipQuiet(false);
    usePlaybackStore.setState({ t: 6_700 });
    frames.frame(400);
    expect(usePlaybackStore.getState().t).toBe(6_900);
    expect(window.localStorage.getItem(SKIP_QUIET_STORAGE_KEY)).toBe('off');
    setSkipQuiet(true);
    stop();
  });
});
