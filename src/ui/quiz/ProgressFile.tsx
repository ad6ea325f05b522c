import { useRef, useState, type ChangeEvent } from 'react';
import { exportProgress } from '../../quiz/progress';
import { CheckIcon, CrossIcon } from '../tools/icons';
import { ConfirmDialog } from './ConfirmDialog';
import { downloadText } from './download';
import { importProgressFile, resetProgress, useQuizStore } from './store';
import { formatCount } from '../../view/format';

type Pending = { kind: 'import'; text: string; name: string } | { kind: 'reset' } | null;

/** The saved progress as a file: export it, import one (checked first), or start over. */
export function ProgressFile() {
  const progress = useQuizStore((s) => s.progress);
  const [pending, setPending] = useState<Pending>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const answered = Object.keys(progress.cards).length;

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setPending({ kind: 'import', text: await file.text(), name: file.name });
  };
  const confirm = () => {
    if (pending?.kind === 'import') {
      const r = importProgressFile(pending.text);
      setMessage(
        r.ok
          ? { ok: true, text: `Imported ${pending.name}.` }
          : { ok: false, text: `${r.error} Your current progress is unchanged.` },
      );
    } else if (pending?.kind === 'reset') {
      resetProgress();
      setMessage({ ok: true, text: 'Progress reset. Export files you saved earlier still work.' });
    }
    setPending(null);
  };

  return (
    <section className="card quiz-panel" aria-labelledby="file-title">
      <h3 id="file-title" className="quiz-panel__title">
        Your saved progress
      </h3>
      <p className="quiz-panel__lead">
        Progress stays in this browser only ({formatCount(answered)}{' '}
        {answered === 1 ? 'question' : 'questions'} answered, {progress.results.length}{' '}
        {progress.results.length === 1 ? 'exam' : 'exams'} finished). Export it to keep a copy or to
        move it to another browser.
      </p>
      <div className="practice__actions">
        <button
          type="button"
          className="button"
          onClick={() =>
            downloadText(
              `lambda-event-lab-progress-${new Date().toISOString().slice(0, 10)}.json`,
              exportProgress(progress, Date.now()),
            )
          }
        >
          Export progress
        </button>
        <button type="button" className="button" onClick={() => input.current?.click()}>
          Import progress…
        </button>
        <input
          ref={input}
          type="file"
          accept="application/json,.json"
          className="visually-hidden"
          tabIndex={-1}
          aria-label="Progress file to import"
          onChange={onFile}
        />
        <button
          type="button"
          className="button button--danger-outline"
          onClick={() => setPending({ kind: 'reset' })}
        >
          Reset progress…
        </button>
      </div>
      {message && (
        <p className={`status ${message.ok ? 'status--ok' : 'status--bad'}`} role="status">
          {message.ok ? <CheckIcon size={18} /> : <CrossIcon size={18} />}
          {message.text}
        </p>
      )}
      {pending?.kind === 'import' && (
        <ConfirmDialog
          title="Replace your progress?"
          confirmLabel="Import and replace"
          onConfirm={confirm}
          onCancel={() => setPending(null)}
        >
          <p>
            Importing {pending.name} replaces the progress in this browser. The file is checked
            first: if it cannot be read, nothing changes.
          </p>
        </ConfirmDialog>
      )}
      {pending?.kind === 'reset' && (
        <ConfirmDialog
          title="Reset all progress?"
          confirmLabel="Reset progress"
          danger
          onConfirm={confirm}
          onCancel={() => setPending(null)}
        >
          <p>
            This forgets every answer, every review date and every exam result in this browser.
            Export first if you may want them back.
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}
