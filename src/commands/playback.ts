import { MAX_SPEED, MIN_SPEED, openJump, pause, play, seek, setSpeed, toggleHelp } from '../store';
import type { Command } from './command';
import { stepCommand } from './step';

const SPEED_STEP = 2;

/** Moving through time: play, step, restart, speed, and the shortcut list. */
export const playbackCommands: readonly Command[] = [
  {
    id: 'play-pause',
    label: 'Play / pause',
    keys: [' ', '.'],
    enabled: (s) => s.run.endTime > 0,
    run: (s) => (s.playing ? pause() : play()),
  },
  stepCommand('step-forward', 'Next event', ['ArrowRight'], 'next'),
  stepCommand('step-back', 'Previous event', ['ArrowLeft'], 'previous'),
  {
    id: 'restart',
    label: 'Restart',
    keys: ['Home'],
    enabled: (s) => s.t > 0 || s.playing,
    run: () => {
      pause();
      seek(0);
    },
  },
  {
    id: 'speed-up',
    label: 'Faster',
    keys: ['+', '='],
    enabled: (s) => s.speed < MAX_SPEED,
    run: (s) => setSpeed(s.speed * SPEED_STEP),
  },
  {
    id: 'speed-down',
    label: 'Slower',
    keys: ['-', '_'],
    enabled: (s) => s.speed > MIN_SPEED,
    run: (s) => setSpeed(s.speed / SPEED_STEP),
  },
  {
    id: 'jump',
    label: 'Go to a time',
    keys: ['g'],
    enabled: (s) => s.run.endTime > 0,
    run: () => {
      pause();
      openJump();
    },
  },
  {
    id: 'help',
    label: 'Show or hide keyboard shortcuts',
    keys: ['?'],
    enabled: () => true,
    run: () => toggleHelp(),
  },
];
