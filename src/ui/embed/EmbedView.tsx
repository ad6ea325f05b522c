import { useEffect, type ReactNode } from 'react';
import { runCommand } from '../../commands';
import { presetInfo, useScenarioStore } from '../../store';
import { useCompareStore } from '../../store/compare';
import { Diagram } from '../diagram/Diagram';
import { CommandButton } from '../playback/CommandButton';
import { StepBackIcon, StepForwardIcon } from '../playback/icons';
import { PlayPauseButton } from '../playback/PlayPauseButton';
import { SpeedControl } from '../playback/SpeedControl';
import { TimeDisplay } from '../playback/TimeDisplay';
import '../playback/playback.css';
import { LinkSync } from '../share/LinkSync';
import { RunNoticeSlot } from '../run/RunNoticeSlot';
import { useMediaQuery } from '../useMediaQuery';
import { usePlaybackLoop } from '../usePlaybackLoop';
import { EmbedCaption } from './EmbedCaption';
import { EmbedCompare } from './EmbedCompare';
import { fullAppLocation } from './embed-route';
import './embed.css';

/**
 * The read-only view for an iframe on another site: the diagram, a caption line, play/pause,
 * stepping, speed, the time, and a link to the full app at the same moment (a comparison shows
 * its two designs one at a time, switched with A / B). Nothing can be edited, and the only keys it answers are
 * Space and "." (play/pause), and only while the frame has the focus.
 */
export default function EmbedView() {
  usePlaybackLoop();
  usePlayPauseKeys();
  const title = useScenarioStore((s) => {
    const preset = s.presetId === null ? undefined : presetInfo(s.presetId);
    return preset?.title ?? s.scenario.name;
  });
  // A frame taller than wide draws the diagram top to bottom.
  const portrait = useMediaQuery('(orientation: portrait)');
  useEffect(() => {
    document.title = `${title} · Lambda Event Lab`;
  }, [title]);
  const comparing = useCompareStore((c) => c.open);
  const frame = (switcher: ReactNode) => (
    <div className="embed">
      <LinkSync readOnly />
      <RunNoticeSlot />
      {switcher}
      <Diagram
        className="embed__diagram"
        orientation={portrait ? 'vertical' : 'horizontal'}
        embedded
      />
      <EmbedCaption />
      <div className="embed__bar">
        <CommandButton command="step-back" label="Previous event">
          <StepBackIcon />
        </CommandButton>
        <PlayPauseButton />
        <CommandButton command="step-forward" label="Next event">
          <StepForwardIcon />
        </CommandButton>
        <TimeDisplay />
        <SpeedControl />
        <h1 className="embed__title">{title}</h1>
        <a
          className="embed__open"
          href={fullAppLocation(window.location)}
          target="_blank"
          rel="noopener"
        >
          {comparing ? 'Open the full comparison' : 'Open in Lambda Event Lab'}
        </a>
      </div>
    </div>
  );
  // A comparison shows both designs, one at a time: the frame is too small for two stages.
  return comparing ? <EmbedCompare>{frame}</EmbedCompare> : frame(null);
}

/**
 * Space and "." play and pause. The listener lives in the frame's own window, so it hears keys
 * only while the frame has the focus; a focused button or link keeps its own Space.
 */
function usePlayPauseKeys(): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== ' ' && e.key !== '.') return;
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target instanceof HTMLElement ? e.target : null;
      const keeps = e.key === ' ' ? 'button, a[href], input, select, textarea' : 'input, textarea';
      if (target?.closest(keeps) != null) return;
      e.preventDefault();
      runCommand('play-pause');
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
