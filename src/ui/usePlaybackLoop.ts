import { useEffect } from 'react';
import { startPlaybackLoop } from '../store';

/** Runs the playback loop while the app is mounted. */
export function usePlaybackLoop(): void {
  useEffect(() => startPlaybackLoop(), []);
}
