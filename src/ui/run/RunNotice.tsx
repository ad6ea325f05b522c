import { cancelJob, dismissRefusal, useRunJobStore } from '../../store/run-job';
import { AlertIcon } from '../tools/icons';
import './run-notice.css';

export default function RunNotice() {
  const progress = useRunJobStore((s) => s.progress);
  const refused = useRunJobStore((s) => s.refused);
  return (
    <>
      {progress !== null && (
        <div className="run-notice" role="status">
          <label className="run-notice__text">
            Simulating the scenario… {Math.floor(progress * 100)} %
            <progress className="run-notice__bar" max={1} value={progress} />
          </label>
          <button type="button" className="button button--small" onClick={cancelJob}>
            Cancel
          </button>
        </div>
      )}
      {refused !== null && (
        <div className="run-notice run-notice--refused" role="alert">
          <AlertIcon size={20} />
          <div className="run-notice__text">
            <p>
              <strong>This scenario was not run.</strong> {refused}
            </p>
            <p>The scenario on screen has not changed.</p>
          </div>
          <button type="button" className="button button--small" onClick={dismissRefusal}>
            Dismiss
          </button>
        </div>
      )}
    </>
  );
}
