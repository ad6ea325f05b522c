import { useShallow } from 'zustand/react/shallow';
import { useReadoutStore, useRun } from '../../../store';
import { diagramFamily } from '../../../view/diagram-families';
import { MAX_SHARD_BARS } from '../../../view/diagram-layout';
import { formatCount } from '../../../view/format';

/**
 * A stream's shards at time t, a bar each: how far the mapping's checkpoint has got through the
 * records written so far. A shard held by a failing batch says "blocked" and turns red. The
 * numbers are compared one by one, so the bars redraw only when a figure changes.
 */
export function ShardBars({ stream }: { stream: string }) {
  // Loaded with the stream family, before any stream is drawn.
  const { shardLabel, shardNumbers, shardsOf } = diagramFamily('streams');
  const run = useRun();
  const numbers = useReadoutStore(useShallow((s) => shardNumbers(run, stream, s.t)));
  const shards = shardsOf(run, stream, numbers);
  const shown = shards.slice(0, MAX_SHARD_BARS);
  const rest = shards.slice(MAX_SHARD_BARS);
  const restBlocked = rest.filter((s) => s.blocked).length;
  return (
    <ul className="shards" aria-label="Shards">
      {shown.map((s) => {
        const share = s.written === 0 ? 0 : s.done / s.written;
        const label = shardLabel(s.id);
        const text = `${formatCount(s.done)}/${formatCount(s.written)}`;
        return (
          <li
            key={s.id}
            className={`shard${s.blocked ? ' shard--blocked' : ''}`}
            title={`${label}: checkpoint after ${formatCount(s.done)} of ${formatCount(s.written)} records${s.blocked ? '; blocked by a failing batch' : ''}`}
          >
            <span className="shard__name">{label.replace(/^(shard|partition) /, '#')}</span>
            <span className="shard__bar" aria-hidden="true">
              <span className="shard__done" style={{ width: `${Math.round(share * 100)}%` }} />
            </span>
            <span className="shard__text">{s.blocked ? `blocked ${text}` : text}</span>
          </li>
        );
      })}
      {rest.length > 0 && (
        <li className="shard shard--more">
          +{rest.length} more{restBlocked > 0 ? ` (${restBlocked} blocked)` : ''}
        </li>
      )}
    </ul>
  );
}
