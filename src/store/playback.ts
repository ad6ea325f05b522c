import { create } from 'zustand';

export const MIN_SPEED = 0.01;
export const MAX_SPEED = 100;

export interface PlaybackState {
  /** Simulated time shown, in ms. The only clock the UI has. */
  readonly t: number;
  readonly playing: boolean;
  /** Simulated ms per wall-clock ms. */
  readonly speed: number;
}

export const INITIAL_PLAYBACK: PlaybackState = { t: 0, playing: false, speed: 1 };

export const usePlaybackStore = create<PlaybackState>()(() => INITIAL_PLAYBACK);

export const clampSpeed = (speed: number) => Math.min(MAX_SPEED, Math.max(MIN_SPEED, speed));
