import { dismissLinkNote, dismissLinkProblem, useLinkStore } from '../../store/link-state';
import { keepCurrentScenario, openPendingCompare, openPendingLink } from '../../store/link-sync';
import { ConfirmDialog } from '../quiz/ConfirmDialog';
import { AlertIcon } from '../tools/icons';
import { sentence } from './sentence';
import './link-notices.css';
import { uniqueBy } from '../../view/unique-lines';
import { presetInfo, PRESETS, useScenarioStore } from '../../store';
import { linkProblemWords } from './link-problem-words';

/** Why a link could not be opened, and the question before a link replaces edited work. */
export default function LinkNotices() {
  const problem = useLinkStore((s) => s.problem);
  const pending = useLinkStore((s) => s.pending);
  const note = useLinkStore((s) => s.note);
  const pendingCompare = useLinkStore((s) => s.pendingCompare ?? null);
  return (
    <>
      {problem !== null && <LinkProblem problem={problem} />}
      {note !== null && (
        <div className="link-problem link-problem--note" role="status">
          <div className="link-problem__text">
            <p>{note}</p>
          </div>
          <button type="button" className="button button--small" onClick={dismissLinkNote}>
            Dismiss
          </button>
        </div>
      )}
      {pending !== null && (
        <ConfirmDialog
          title="Open the linked scenario?"
          confirmLabel="Open"
          cancelLabel="Keep mine"
          onConfirm={() => void openPendingLink()}
          onCancel={keepCurrentScenario}
        >
          <p>Your changes to the current one will be lost.</p>
        </ConfirmDialog>
      )}
      {pendingCompare !== null && (
        <ConfirmDialog
          title="Open the linked comparison?"
          confirmLabel="Open"
          cancelLabel="Keep mine"
          onConfirm={() => void openPendingCompare()}
          onCancel={keepCurrentScenario}
        >
          <p>Your changes to the current scenario will be lost.</p>
        </ConfirmDialog>
      )}
    </>
  );
}

/** The codec's reason, as text: its first line, then each invalid field on its own line. */
function LinkProblem({ problem }: { problem: string }) {
  const [first = '', ...lines] = problem.split('\n');
  const fields = uniqueBy(lines, (line) => line);
  const presetId = useScenarioStore((st) => st.presetId);
  const name = useScenarioStore((st) => st.scenario.name);
  const shown = (presetId === null ? undefined : presetInfo(presetId))?.title ?? name;
  const words = linkProblemWords(first, shown, PRESETS);
  if (words.kind !== 'other')
    return (
      <div className="link-problem" role="alert">
        <AlertIcon size={20} />
        <div className="link-problem__text">
          <p>{words.text}</p>
          {words.kind === 'unknown-preset' && words.suggestion !== null && (
            <p>
              Did you mean{' '}
              <a href={`#p=${words.suggestion.id}`} onClick={dismissLinkProblem}>
                {words.suggestion.title}
              </a>
              ?
            </p>
          )}
        </div>
        <button type="button" className="button button--small" onClick={dismissLinkProblem}>
          Dismiss
        </button>
      </div>
    );
  return (
    <div className="link-problem" role="alert">
      <AlertIcon size={20} />
      <div className="link-problem__text">
        <p>
          <strong>This link could not be opened.</strong> {sentence(first)}
        </p>
        {fields.length > 0 && (
          <ul className="link-problem__fields">
            {fields.map((f, i) => (
              <li key={i}>{f}</li>
            ))}
          </ul>
        )}
        <p>The scenario on screen has not changed.</p>
      </div>
      <button type="button" className="button button--small" onClick={dismissLinkProblem}>
        Dismiss
      </button>
    </div>
  );
}
