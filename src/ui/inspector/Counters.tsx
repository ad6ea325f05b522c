import { useMemo } from 'react';
import type { FateKind } from '../../engine';
import { useReadoutStore, useRun } from '../../store';
import { countsAfter, eventsUpTo, fateLabel } from '../../view';

const GOOD: ReadonlySet<FateKind> = new Set(['succeeded', 'dry-run']);

/** Running totals at time t; re-renders only when another event has happened. */
export function Counters() {
  const run = useRun();
  const n = useReadoutStore((s) => eventsUpTo(run, s.t));
  const counts = useMemo(() => countsAfter(run, n), [run, n]);
  const fates = Object.entries(counts.fates) as [FateKind, number][];
  const tiles = [
    ['Messages', counts.messages],
    ['Invocations', counts.invocations],
    ['Cold starts', counts.coldStarts],
    ['Throttles', counts.throttles],
  ] as const;
  return (
    <div className="panel-section">
      <h3 className="panel-heading">So far</h3>
      <dl className="tiles">
        {tiles.map(([label, value]) => (
          <div
            key={label}
            className={label === 'Throttles' && value > 0 ? 'tile tile--bad' : 'tile'}
          >
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h3 className="panel-heading">Outcomes</h3>
      {fates.length === 0 ? (
        <p className="panel-empty">No message has reached its outcome yet.</p>
      ) : (
        <ul className="fates">
          {fates.map(([kind, count]) => (
            <li key={kind} className={GOOD.has(kind) ? 'fate fate--good' : 'fate fate--bad'}>
              <span className="fate__count">{count}</span>
              <span>{fateLabel(kind)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
