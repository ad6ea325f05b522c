import { compareEnd, playbackTimes } from './compare';
import { usePacingStore } from './pacing';
import { usePlaybackStore } from './playback';
import { advance } from '../view/pacing';

/**
 * The one animation loop: while playing, advance t by elapsed wall time × speed, jumping over
 * quiet stretches unless the person turned that off, and stop at the end of the timeline. It only
 * runs while playing, so a paused app costs nothing.
 * Returns a function that stops it.
 */
export function startPlaybackLoop(): () => void {
  let handle = 0;
  let last: number | null = null;

  const tick = (now: number) => {
    const { t, playing, speed } = usePlaybackStore.getState();
    if (!playing) {
      handle = 0;
      return;
    }
    if (last !== null) {
      const end = compareEnd();
      // A long gap (a hidden tab) must not jump the simulation forward by minutes.
      const elapsed = Math.min(now - last, 250);
      const next = usePacingStore.getState().skipQuiet
        ? advance(playbackTimes(), end, t, elapsed, speed)
        : Math.min(end, t + elapsed * speed);
      usePlaybackStore.setState(next >= end ? { t: end, playing: false } : { t: next });
    }
    last = now;
    handle = requestAnimationFrame(tick);
  };

  const begin = () => {
    if (handle !== 0) return;
    last = null;
    handle = requestAnimationFrame(tick);
  };

  const unsubscribe = usePlaybackStore.subscribe((s, prev) => {
    if (s.playing && !prev.playing) begin();
  });
  if (usePlaybackStore.getState().playing) begin();

  return () => {
    unsubscribe();
    if (handle !== 0) cancelAnimationFrame(handle);
    handle = 0;
  };
}
