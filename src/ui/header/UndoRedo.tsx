import { runCommand, shortcutHint } from '../../commands';
import { redoLabel, undoLabel } from '../../store/history';
import { usePresentationStore } from '../../store/presentation';
import { redoPossible, undoPossible, useHistoryStore } from '../../store/undo';
import './undo.css';

/**
 * Undo and Redo beside the scenario picker. Each names the step it would take back or do again
 * ("Undo: change batch size"), so a person knows what a press will do before pressing.
 */
export function UndoRedo() {
  const state = useHistoryStore();
  const presenting = usePresentationStore((s) => s.presenting);
  return (
    <div className="undo-redo" role="group" aria-label="Scenario history">
      <HistoryButton
        id="undo"
        verb="Undo"
        step={undoLabel(state.history)}
        enabled={!presenting && undoPossible(state)}
        icon="M9 14 4 9l5-5M4 9h10.5a5.5 5.5 0 0 1 0 11H11"
      />
      <HistoryButton
        id="redo"
        verb="Redo"
        step={redoLabel(state.history)}
        enabled={!presenting && redoPossible(state)}
        icon="m15 14 5-5-5-5M20 9H9.5a5.5 5.5 0 0 0 0 11H13"
      />
    </div>
  );
}

function HistoryButton(props: {
  id: 'undo' | 'redo';
  verb: string;
  step: string | null;
  enabled: boolean;
  icon: string;
}) {
  const name = props.step === null ? props.verb : `${props.verb}: ${props.step}`;
  const tip = props.step === null ? `Nothing to ${props.verb.toLowerCase()}` : name;
  return (
    <button
      type="button"
      className="undo-redo__button"
      aria-label={name}
      title={`${tip} (${shortcutHint(props.id)})`}
      disabled={!props.enabled}
      onClick={() => runCommand(props.id)}
    >
      <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path
          d={props.icon}
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
    </button>
  );
}
