import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetAll, usePlaybackStore, useReadoutStore } from '../../src/store';
import { Scrubber } from '../../src/ui/playback/Scrubber';

beforeEach(() => {
  resetAll('async-retries');
  usePlaybackStore.setState({ t: 0, playing: false, speed: 1 });
});

afterEach(() => vi.restoreAllMocks());

describe('the Time slider while playing', () => {
  it('moves its thumb with every frame and says the time with the readout', () => {
    // The frames below come within one readout interval, however slow this machine is.
    vi.spyOn(performance, 'now').mockReturnValue(50_000);
    render(<Scrubber />);
    const slider = screen.getByRole<HTMLInputElement>('slider', { name: 'Time' });
    // Playback starts: shown at once. Then frames 16 ms apart, within one readout interval.
    act(() => usePlaybackStore.setState({ playing: true, t: 1_000 }));
    expect(slider.value).toBe('1000');
    expect(slider).toHaveAttribute('aria-valuetext', '0:01.000');
    for (const t of [1_016, 1_032, 1_048]) {
      act(() => usePlaybackStore.setState({ t }));
      expect(slider.value).toBe(String(t));
    }
    expect(useReadoutStore.getState().t).toBe(1_000);
    expect(slider).toHaveAttribute('aria-valuetext', '0:01.000');
    // The filled part of the track is set on the slider itself (the run ends at 3:16.875).
    expect(slider.style.getPropertyValue('--progress')).toBe(String(1_048 / 196_875));
    // Paused: the words catch up with the thumb.
    act(() => usePlaybackStore.setState({ playing: false }));
    act(() => usePlaybackStore.setState({ t: 1_050 }));
    expect(slider.value).toBe('1050');
    expect(slider).toHaveAttribute('aria-valuetext', '0:01.050');
  });
});
