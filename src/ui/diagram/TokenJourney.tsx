import { useMemo } from 'react';
import { selectMessage, usePlaybackStore, useSelectionStore } from '../../store';
import { messageLabel, type Diagram } from '../../view';
import { journeyStops } from '../../view/journey-stops';
import type { Journeys } from '../../view/journeys';

/**
 * The picked message's way through the diagram so far, in a strip along the stage's foot: the
 * boxes it reached in order and what it is doing now, as the trace has it at t. Nothing after the playhead, so a lesson's question keeps
 * its answer.
 */
export function TokenJourney({ diagram, journeys }: { diagram: Diagram; journeys: Journeys }) {
  const msg = useSelectionStore((s) => s.message);
  const journey = useMemo(
    () => (msg === null ? undefined : journeys.list.find((j) => j.msg === msg)),
    [journeys, msg],
  );
  const titles = useMemo(() => new Map(diagram.nodes.map((n) => [n.id, n.title])), [diagram]);
  // A string, so the line re-renders when it changes, not on every frame.
  const text = usePlaybackStore((s) => {
    if (journey === undefined) return null;
    const j = journeyStops(journey, s.t);
    if (j.stops.length === 0) return null;
    const names = j.stops.map((id) => titles.get(id) ?? id);
    const last = names[names.length - 1]!;
    const now =
      j.now === 'gone'
        ? 'done'
        : j.now === 'moving'
          ? `on its way to ${last}`
          : j.tone === 'retry' && !Number.isNaN(j.until)
            ? `waiting at ${last}, leaves in ${Math.ceil((j.until - s.t) / 1000)} s`
            : `at ${last}`;
    return `${names.join(' → ')}\u0000${now}`;
  });
  if (msg === null || text === null) return null;
  const [route, now] = text.split('\u0000') as [string, string];
  return (
    <aside className="diagram__journey" aria-label={`Message ${messageLabel(msg)}, its way so far`}>
      <strong>{messageLabel(msg)}</strong>{' '}
      {/* Cut at its start when long (rtl ellipsis): the latest boxes and the state stay. */}
      <span className="diagram__journey-route">
        <bdi>{route}</bdi>
      </span>{' '}
      <span className="diagram__journey-now">· {now}</span>
      <button
        type="button"
        className="text-button"
        aria-label="Close the message’s way"
        onClick={() => selectMessage(null)}
      >
        ×
      </button>
    </aside>
  );
}
