import { useId } from 'react';
import type { ShowMe } from '../../quiz/showme';
import { useShowMe } from './useShowMe';

/** "Show me in the simulator": opens the scenario paused at the event that proves the answer. */
export function ShowMeButton({
  showMe,
  navigate,
  returnLabel,
}: {
  showMe: ShowMe | undefined;
  navigate: boolean;
  /** What the simulator's way back says ("Back to question 3"). */
  returnLabel?: string;
}) {
  const view = useShowMe(showMe, { navigate, returnLabel });
  const momentId = useId();
  if (view === null) return null;
  return (
    <div className="show-me">
      <button
        type="button"
        className="button button--primary"
        onClick={view.open}
        aria-describedby={momentId}
      >
        {navigate ? 'Show me in the simulator' : 'Show me in the diagram'}
      </button>
      <p className="show-me__moment" id={momentId}>
        Opens “{view.scenario}” paused at <span className="show-me__time">{view.time}</span>:{' '}
        {view.what}
      </p>
    </div>
  );
}
