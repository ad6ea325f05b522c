import { lazy, Suspense } from 'react';
import { selectMessage, usePlaybackStore, useRun, useSelectionStore } from '../../store';
import { callerName, fateLabel, formatTime, messageLabel } from '../../view';

import { pollerName } from './message-origin';

const MessageDetails = lazy(() => import('./MessageDetails'));

const PATH: Record<string, string> = {
  sync: 'synchronous (RequestResponse)',
  async: 'asynchronous (Event)',
  dryrun: 'DryRun',
  poll: 'read by a poller',
  event: 'an event on a bus',
  target: 'delivered to a target',
};

/**
 * The message picked in the log or the diagram: where it came from, how it ended once reached,
 * the payload the function receives (as text, never markup) and its whole journey.
 */
export function SelectedMessage() {
  const run = useRun();
  const msg = useSelectionStore((s) => s.message);
  const info = msg === null ? undefined : run.messages[msg];
  const fate = msg === null ? undefined : run.fates[msg];
  const reached = usePlaybackStore(
    (s) => fate !== undefined && fate.kind !== 'in-flight' && s.t >= fate.t,
  );
  if (msg === null || info === undefined) return null;
  return (
    <div className="panel-section selected">
      <div className="selected__head">
        <h3 className="panel-heading">Message {messageLabel(msg)}</h3>
        <button
          type="button"
          className="text-button"
          aria-label="Clear selected message"
          onClick={() => selectMessage(null)}
        >
          Clear
        </button>
      </div>
      <p>
        From {pollerName(info.workload) ?? callerName(run, info.workload)},{' '}
        {PATH[info.path] ?? info.path}, at {formatTime(info.createdAt)}.
      </p>
      <p>
        {reached && fate
          ? `Outcome at ${formatTime(fate.t)}: ${fateLabel(fate.kind)}${fate.attempts > 0 ? ` (${fate.attempts} ${fate.attempts === 1 ? 'invocation' : 'invocations'})` : ''}.`
          : 'Still under way at this time.'}
      </p>
      <Suspense fallback={<p className="panel-empty">Loading the payload and journey…</p>}>
        <MessageDetails run={run} info={info} />
      </Suspense>
    </div>
  );
}
