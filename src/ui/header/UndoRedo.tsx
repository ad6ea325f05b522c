import { useEffect, useState } from 'react';
import { runCommand, shortcutHint } from '../../commands';
import { redoStep, undoStep } from '../../store/history';
import { usePresentationStore } from '../../store/presentation';
import type { ScenarioStep } from '../../store/step-diff';
import { loadUndo, redoPossible, undoPossible, useHistoryStore } from '../../store/undo-state';
import './undo.css';

type Words = (step: ScenarioStep) => string;
let words: Promise<Words> | null = null;

/**
 * The words for steps name settings as the side panel does, from a table the first page does not
 * need: fetched once the header is up, long before there is anything to undo.
 */
function loadWords(): Promise<Words> {
  words ??= import('../../store/step-label').then(
    (m) => (step) => m.stepLabel(step.change),
    (e: unknown) => {
      words = null; // offline or a new deploy: the buttons say only "Undo" until a later try
      throw e;
    },
  );
  return words;
}

function useWords(): Words | null {
  const [loaded, setLoaded] = useState<{ name: Words } | null>(null);
  useEffect(() => {
    let live = true;
    // Recording starts with the page (src/main.tsx); this only makes sure of it.
    loadUndo().catch(() => {});
    loadWords().then(
      (name) => live && setLoaded({ name }),
      () => {},
    );
    return () => {
      live = false;
    };
  }, []);
  return loaded?.name ?? null;
}

/**
 * Undo and Redo beside the scenario picker. Each describes the step it would take back or do again
 * ("Undo: change batch size"), so a person knows what a press will do before pressing.
 */
export default function UndoRedo() {
  const state = useHistoryStore();
  const presenting = usePresentationStore((s) => s.presenting);
  const name = useWords();
  const label = (step: ScenarioStep | null) => (step === null || name === null ? null : name(step));
  return (
    <div className="undo-redo" role="group" aria-label="Scenario history">
      <HistoryButton
        id="undo"
        verb="Undo"
        step={label(undoStep(state.history))}
        enabled={!presenting && undoPossible(state)}
        icon="M9 14 4 9l5-5M4 9h10.5a5.5 5.5 0 0 1 0 11H11"
      />
      <HistoryButton
        id="redo"
        verb="Redo"
        step={label(redoStep(state.history))}
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
  const tip = props.enabled ? name : `Nothing to ${props.verb.toLowerCase()}`;
  // The name stays the verb and the step is its description (from the title): a button named
  // after a setting or a fault would answer to that setting's own name.
  return (
    <button
      type="button"
      className="undo-redo__button"
      aria-label={props.verb}
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
