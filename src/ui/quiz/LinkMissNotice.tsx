import { AlertIcon } from '../tools/icons';
import { dismissLinkMiss } from './store';

/** Longer ids are cut: the text comes from an address anyone can type. */
const SHOWN = 80;

/** A question link named a question the bank does not have: say so, then the usual quiz. */
export function LinkMissNotice({ id }: { id: string }) {
  const shown = id.length > SHOWN ? `${id.slice(0, SHOWN)}…` : id;
  return (
    <div className="card load-problem link-miss" role="status">
      <AlertIcon size={22} />
      <div>
        <p className="load-problem__title">The linked question is not in this quiz.</p>
        <p className="load-problem__detail">
          No question has the id “{shown}”. The link may be incomplete, or the question was reworded
          or removed. Choose topics below to practise instead.
        </p>
        <div className="practice__actions">
          <button type="button" className="button" onClick={dismissLinkMiss}>
            Dismiss
          </button>
        </div>
      </div>
    </div>
  );
}
