import { Diagram } from './diagram/Diagram';
import { PlaybackBar } from './playback/PlaybackBar';
import { EventLog } from './log/EventLog';
import { SidePanel } from './inspector/SidePanel';
import { useKeyboardShortcuts } from './useKeyboardShortcuts';
import { usePlaybackLoop } from './usePlaybackLoop';

/**
 * The simulator workbench. The playback loop and the playback keys live here rather than in App,
 * so Space or an arrow key pressed in another tool never moves a simulation nobody can see.
 */
export function Simulator() {
  usePlaybackLoop();
  useKeyboardShortcuts();
  return (
    <main className="workspace">
      <Diagram className="area-diagram" />
      <PlaybackBar className="area-playback" />
      <SidePanel className="area-panel" />
      <EventLog className="area-log" />
    </main>
  );
}
