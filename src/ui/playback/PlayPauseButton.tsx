import { usePlaybackStore } from '../../store';
import { CommandButton } from './CommandButton';
import { PauseIcon, PlayIcon } from './icons';

export function PlayPauseButton() {
  const playing = usePlaybackStore((s) => s.playing);
  return (
    <CommandButton
      command="play-pause"
      label={playing ? 'Pause' : 'Play'}
      className="icon-button--primary"
    >
      {playing ? <PauseIcon /> : <PlayIcon />}
    </CommandButton>
  );
}
