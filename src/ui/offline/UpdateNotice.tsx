import { dismissUpdate, usePendingUpdate } from './update-offer';
import './update-notice.css';

/**
 * A quiet bar at the bottom when a new version has been downloaded. The page never reloads on its
 * own: that would lose a practice session or the simulator's place without warning.
 */
export function UpdateNotice() {
  const reload = usePendingUpdate();
  if (reload === null) return null;
  return (
    <div className="update-notice" role="status">
      <p className="update-notice__text">A new version of Lambda Event Lab is ready.</p>
      <div className="update-notice__actions">
        <button
          type="button"
          className="button button--small update-notice__reload"
          onClick={reload}
        >
          Reload
        </button>
        <button type="button" className="button button--small" onClick={dismissUpdate}>
          Later
        </button>
      </div>
    </div>
  );
}
