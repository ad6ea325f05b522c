import type { LoadProblem } from '../../quiz/progress';
import { AlertIcon } from '../tools/icons';
import { downloadText } from './download';
import { discardUnreadable, dismissLoadProblem, readBackup, readUnreadable } from './store';

const WHY: Record<LoadProblem['reason'], string> = {
  unreadable: 'it is not valid JSON',
  invalid: 'it does not have the expected shape',
  newer: 'it was saved by a newer version of the app',
  storage: 'this browser does not allow the page to use local storage',
};

/** Says, and never hides, that saved progress could not be read and where it was kept. */
export function LoadProblemBanner({ problem }: { problem: LoadProblem }) {
  const exportBackup = () => {
    if (problem.backupKey === null) return;
    const text = readBackup(problem.backupKey);
    if (text !== null) downloadText('lambda-event-lab-progress-backup.json', text);
  };
  if (problem.guarded) return <GuardedRecord problem={problem} />;
  return (
    <div className="card load-problem" role="alert">
      <AlertIcon size={22} />
      <div>
        {problem.backupKey !== null ? (
          <p className="load-problem__title">
            We couldn’t read your saved progress; it’s kept as a backup, you can export it.
          </p>
        ) : (
          <p className="load-problem__title">
            We couldn’t read your saved progress, so the quiz starts afresh.
          </p>
        )}
        <p className="load-problem__detail">
          It could not be used because {WHY[problem.reason]} ({problem.detail}).
          {problem.backupKey !== null &&
            ` Nothing was deleted: the saved data is under “${problem.backupKey}” in this browser’s local storage.`}
        </p>
        <div className="practice__actions">
          {problem.backupKey !== null && (
            <button type="button" className="button" onClick={exportBackup}>
              Export the backup
            </button>
          )}
          <button type="button" className="button" onClick={dismissLoadProblem}>
            Dismiss
          </button>
        </div>
      </div>
    </div>
  );
}

/**
 * The unreadable record could not be copied aside (storage full): it stays the only copy, and the
 * quiz saves nothing over it until the learner exports it or chooses to start afresh.
 */
function GuardedRecord({ problem }: { problem: LoadProblem }) {
  const exportIt = () => {
    const text = readUnreadable();
    if (text !== null) downloadText('lambda-event-lab-progress-unreadable.json', text);
  };
  return (
    <div className="card load-problem" role="alert">
      <AlertIcon size={22} />
      <div>
        <p className="load-problem__title">
          We couldn’t read your saved progress, and there is no room to keep a copy aside, so it is
          left exactly as it was: nothing is saved over it until you choose.
        </p>
        <p className="load-problem__detail">
          It could not be used because {WHY[problem.reason]} ({problem.detail}). Export it to keep
          it, then start afresh; until then, answers you give are not saved.
        </p>
        <div className="practice__actions">
          <button type="button" className="button" onClick={exportIt}>
            Export the unreadable progress
          </button>
          <button type="button" className="button" onClick={discardUnreadable}>
            Start afresh and save over it
          </button>
        </div>
      </div>
    </div>
  );
}
