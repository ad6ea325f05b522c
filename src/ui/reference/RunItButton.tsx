import { useId, useMemo } from 'react';
import type { ServiceRecord } from '../../catalog/services';
import { loadScenario } from '../../store';
import { navigateTo } from '../nav/useTool';
import { PlayIcon } from '../playback/icons';
import { planRun } from './run-plan';
import { uniqueErrors } from '../../view/unique-lines';

/**
 * Open the service's scenario in the simulator. The scenario is looked up and validated when the
 * row opens, so the button is honest before it is pressed: when there is nothing valid to run it
 * is disabled, and the reason (with every validation problem) is written next to it.
 */
export function RunItButton({ service }: { service: ServiceRecord }) {
  const plan = useMemo(() => planRun(service), [service]);
  const noteId = useId();
  const ready = plan.kind === 'ready';
  const run = () => {
    if (plan.kind !== 'ready') return;
    // The scenario's sources may still be loading: switch once it can be shown.
    void loadScenario(plan.scenario).then(() => {
      navigateTo('simulator');
      // The simulator starts at its top, not at the scroll position of a long list.
      window.scrollTo({ top: 0 });
    });
  };
  return (
    <div className={`ref-run ref-run--${plan.kind}`}>
      <button
        type="button"
        className="button ref-run__button"
        disabled={!ready}
        // Several rows can be open: the name says which service each button runs.
        aria-label={`Run it: ${service.shortName}`}
        aria-describedby={noteId}
        onClick={run}
      >
        <PlayIcon />
        Run it
      </button>
      <div className="ref-run__note" id={noteId}>
        {plan.kind === 'ready' ? (
          <p>
            Opens <strong>“{plan.scenario.name}”</strong> in the simulator.
          </p>
        ) : (
          <p>{plan.reason}</p>
        )}
        {plan.kind === 'invalid' && (
          <ul className="ref-run__errors">
            {uniqueErrors(plan.errors).map((e, i) => (
              <li key={i}>
                {e.path !== '' && <code>{e.path}</code>} {e.message}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
