import { useMemo } from 'react';
import { pause, runOf } from '../../store';
import { seekBoth, useSideScenario } from '../../store/compare';
import { compareRuns, type CompareRow } from '../../view/compare-summary';
import { formatTime } from '../../view';

/**
 * What differs between the two runs, the differences first. Each difference's moment is a button:
 * it pauses and moves both stages to where the two runs first part on that figure.
 */
export function CompareTable({ className = '' }: { className?: string }) {
  const runA = runOf(useSideScenario('a'));
  const runB = runOf(useSideScenario('b'));
  const summary = useMemo(() => compareRuns(runA, runB), [runA, runB]);
  const differences = summary.rows.filter((r) => r.differs).length;
  return (
    <section className={`card compare-table ${className}`} aria-label="What differs" tabIndex={0}>
      <h2 className="compare-table__title">
        {differences === 0
          ? 'No figure differs'
          : `${differences} figure${differences === 1 ? '' : 's'} differ`}
      </h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">A</th>
            <th scope="col">B</th>
            <th scope="col">First apart at</th>
          </tr>
        </thead>
        <tbody>
          {summary.rows.map((row) => (
            <Row key={row.id} row={row} />
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Row({ row }: { row: CompareRow }) {
  const kind = row.differs ? 'differs' : row.firstAt !== null ? 'parts' : 'same';
  return (
    <tr className={`compare-row compare-row--${kind}`} data-figure={row.id}>
      <th scope="row" title={row.meaning}>
        {row.label}
      </th>
      <td>{formatFigure(row.a)}</td>
      <td>{formatFigure(row.b)}</td>
      <td>
        {row.firstAt === null ? (
          <span className="compare-row__none">never</span>
        ) : (
          <button
            type="button"
            className="compare-row__jump"
            aria-label={`Go to ${formatTime(row.firstAt)}, where ${row.label.toLowerCase()} first differs`}
            onClick={() => {
              pause();
              seekBoth(row.firstAt!);
            }}
          >
            {formatTime(row.firstAt)}
            {!row.differs && <span className="compare-row__note"> (same total)</span>}
          </button>
        )}
      </td>
    </tr>
  );
}

function formatFigure(n: number): string {
  return Number.isInteger(n) ? n.toLocaleString('en-US') : String(n);
}
