import type { ShowMe } from '../../quiz/showme';
import { useShowMe } from './useShowMe';

/** "Show me in the simulator": opens the scenario paused at the event that proves the answer. */
export function ShowMeButton({
  showMe,
  navigate,
}: {
  showMe: ShowMe | undefined;
  navigate: boolean;
}) {
  const view = useShowMe(showMe, { navigate });
  if (view === null) return null;
  return (
    <div className="show-me">
      <button type="button" className="button button--primary" onClick={view.open}>
        {navigate ? 'Show me in the simulator' : 'Show me in the diagram'}
      </button>
      <p className="show-me__moment">
        Opens paused at <span className="show-me__time">{view.time}</span>: {view.what}
      </p>
    </div>
  );
}
