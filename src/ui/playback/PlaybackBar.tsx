import { HelpButton } from '../help/HelpButton';
import { DrawerToggles } from '../stage/DrawerToggles';
import { CommandButton } from './CommandButton';
import { RestartIcon, StepBackIcon, StepForwardIcon } from './icons';
import { PlayPauseButton } from './PlayPauseButton';
import { Scrubber } from './Scrubber';
import { CaptionsToggle } from './CaptionsToggle';
import { SkipQuietToggle } from './SkipQuietToggle';
import { SpeedControl } from './SpeedControl';
import { TimeDisplay } from './TimeDisplay';
import './playback.css';

export function PlaybackBar({ className = '' }: { className?: string }) {
  return (
    <section className={`card playback ${className}`} aria-label="Playback">
      <div className="playback__transport">
        <CommandButton command="restart" label="Restart">
          <RestartIcon />
        </CommandButton>
        <CommandButton command="step-back" label="Previous event">
          <StepBackIcon />
        </CommandButton>
        <PlayPauseButton />
        <CommandButton command="step-forward" label="Next event">
          <StepForwardIcon />
        </CommandButton>
      </div>
      <TimeDisplay />
      <Scrubber />
      <SpeedControl />
      <div className="playback__toggles">
        <SkipQuietToggle />
        <CaptionsToggle />
      </div>
      <DrawerToggles />
      <HelpButton />
    </section>
  );
}
