import { usePlaybackStore } from '../../store';
import { formatSpeed } from '../../view';
import { CommandButton } from './CommandButton';

/** Simulated seconds per real second, halved or doubled per press. */
export function SpeedControl() {
  const speed = usePlaybackStore((s) => s.speed);
  return (
    <div className="speed" role="group" aria-label="Playback speed">
      <CommandButton command="speed-down" label="Slower" className="icon-button--small">
        <span aria-hidden="true">−</span>
      </CommandButton>
      <output className="speed__value" aria-label="Current speed" aria-live="off">
        {formatSpeed(speed)}
      </output>
      <CommandButton command="speed-up" label="Faster" className="icon-button--small">
        <span aria-hidden="true">+</span>
      </CommandButton>
    </div>
  );
}
