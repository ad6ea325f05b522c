import type { LoadProblem } from '../../quiz/progress';
import { AlertIcon } from '../tools/icons';
import { downloadText } from './download';
import { dismissLoadProblem, readBackup } from './store';

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
