import { create } from 'zustand';
import { usePlaybackStore } from './playback';

/**
 * The moment that numbers and words on screen show. While playing it follows the playhead ten
 * times a second, not every frame: nobody reads a counter at 60 Hz, and a busy run would
 * otherwise re-render the log, the counters and every box's figures on each frame. Paused,
 * stepping or scrubbing, it is the playhead itself, at once. Moving things (tokens, the
 * scrubber, the charts' playhead line) follow the playback store directly.
 */
export const READOUT_INTERVAL_MS = 100;

export const useReadoutStore = create<{ readonly t: number }>(() => ({
  t: usePlaybackStore.getState().t,
}));

let lastUpdate = -Infinity;

usePlaybackStore.subscribe((s, prev) => {
  if (s.t === useReadoutStore.getState().t) return;
  const now = performance.now();
  // A jump (a seek while playing) or the start of playback shows at once as well.
  const smooth = s.playing && prev.playing && Math.abs(s.t - prev.t) <= 1_000 * s.speed;
  if (smooth && now - lastUpdate < READOUT_INTERVAL_MS) return;
  lastUpdate = now;
  useReadoutStore.setState({ t: s.t });
});
