import { useSelectionStore } from '../../store';
import { Counters } from './Counters';
import { FunctionSettings } from './FunctionSettings';
import { NodeInspector } from './NodeInspector';
import { ScenarioSummary } from './ScenarioSummary';
import { SelectedMessage } from './SelectedMessage';
import './inspector.css';

export function SidePanel({ className = '' }: { className?: string }) {
  const node = useSelectionStore((s) => s.node);
  return (
    // Focusable because it scrolls on its own: keyboard users must be able to scroll it too.
    <aside className={`card side-panel ${className}`} aria-label="Scenario details" tabIndex={0}>
      {node === null ? (
        <>
          <ScenarioSummary />
          <Counters />
          <SelectedMessage />
          <FunctionSettings />
        </>
      ) : (
        <>
          <SelectedMessage />
          <NodeInspector key={node} nodeId={node} />
        </>
      )}
    </aside>
  );
}
