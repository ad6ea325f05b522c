import { useMemo, type CSSProperties } from 'react';
import { useScenarioStore } from '../store';
import { diagramOf } from '../view';
import { Diagram } from './diagram/Diagram';
import { ShortcutHelp } from './help/ShortcutHelp';
import { PlaybackBar } from './playback/PlaybackBar';
import { EventLog } from './log/EventLog';
import { FaultToolbar } from './faults/FaultToolbar';
import { MetricsStrip } from './metrics/MetricsStrip';
import { SidePanel } from './inspector/SidePanel';
import { AlongsideSlot } from './quiz/AlongsideSlot';
import { useKeyboardShortcuts } from './useKeyboardShortcuts';
import { usePlaybackLoop } from './usePlaybackLoop';

/**
 * The simulator workbench. The playback loop and the playback keys live here rather than in App,
 * so Space or an arrow key pressed in another tool never moves a simulation nobody can see.
 */
export function Simulator() {
  usePlaybackLoop();
  useKeyboardShortcuts();
  const scenario = useScenarioStore((s) => s.scenario);
  // The desktop diagram row follows the diagram's shape: a tall layout (many rules and targets)
  // gets more height, so its boxes stay readable (see layout.css).
  const shape = useMemo(() => {
    const d = diagramOf(scenario, 'horizontal');
    return { '--diagram-ratio': (d.height / d.width).toFixed(3) } as CSSProperties;
  }, [scenario]);
  return (
    <main className="workspace" style={shape}>
      <FaultToolbar className="area-faults" />
      <Diagram className="area-diagram" />
      <PlaybackBar className="area-playback" />
      <MetricsStrip className="area-metrics" />
      {/* The side panel or, switched there, the quiz alongside the diagram. */}
      <AlongsideSlot className="area-panel" details={<SidePanel />} />
      <EventLog className="area-log" />
      <ShortcutHelp />
    </main>
  );
}
