import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_PRESET,
  play,
  resetAll,
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

  it('stops at the end of the run', () => {
    const frames = manualFrames();
    const stop = startPlaybackLoop();
    usePlaybackStore.setState({ t: 599_990, speed: 100 });
    play();
    frames.frame(0);
    frames.frame(16);
    expect(usePlaybackStore.getState()).toMatchObject({ t: 600_000, playing: false });
    stop();
  });
});
