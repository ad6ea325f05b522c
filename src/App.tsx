import { Header } from './ui/header/Header';
import { Diagram } from './ui/diagram/Diagram';
import { PlaybackBar } from './ui/playback/PlaybackBar';
import { EventLog } from './ui/log/EventLog';
import { SidePanel } from './ui/inspector/SidePanel';
import { useKeyboardShortcuts } from './ui/useKeyboardShortcuts';
import { usePlaybackLoop } from './ui/usePlaybackLoop';

export function App() {
  usePlaybackLoop();
  useKeyboardShortcuts();
  return (
    <div className="app">
      <Header />
      <main className="workspace">
        <Diagram className="area-diagram" />
        <PlaybackBar className="area-playback" />
        <SidePanel className="area-panel" />
        <EventLog className="area-log" />
      </main>
    </div>
  );
}
