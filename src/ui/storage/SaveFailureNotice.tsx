import { downloadText } from '../quiz/download';
import { AlertIcon } from '../tools/icons';
import { dismissSaveFailures, useSaveStatus, type SaveArea } from '../../store/save-status';
import './save-failure.css';

const WHAT: Record<SaveArea, string> = {
  quiz: 'Quiz progress',
  lessons: 'Lesson progress',
  settings: 'Your settings',
};

/**
 * On every page, under the header: what could not be saved, and the progress as files to keep.
 * Wherever the learner is (practising, in a lesson, changing a setting), they hear of it there.
 */
export function SaveFailureNotice() {
  const failures = useSaveStatus((s) => s.failures);
  const dismissed = useSaveStatus((s) => s.dismissed);
  const areas = (Object.keys(failures) as SaveArea[]).filter((a) => failures[a] !== undefined);
  if (areas.length === 0 || dismissed) return null;
  const files = areas.flatMap((a) => {
    const exportFile = failures[a]!.exportFile;
    return exportFile === null ? [] : [exportFile];
  });
  return (
    <div className="save-failure" role="alert">
      <AlertIcon size={20} />
      <div>
        <p className="save-failure__title">This browser is not saving your work.</p>
        <ul className="save-failure__list">
          {areas.map((a) => (
            <li key={a}>
              {WHAT[a]}: {failures[a]!.message}
            </li>
          ))}
        </ul>
        <div className="save-failure__actions">
          {files.length > 0 && (
            <button
              type="button"
              className="button"
              onClick={() => {
                for (const file of files) {
                  const { filename, text } = file();
                  downloadText(filename, text);
                }
              }}
            >
              Export your progress
            </button>
          )}
          <button type="button" className="button" onClick={dismissSaveFailures}>
            Dismiss
          </button>
        </div>
      </div>
    </div>
  );
}
