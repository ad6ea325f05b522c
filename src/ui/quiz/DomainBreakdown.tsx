import type { DomainResult } from '../../quiz/score';
import { percent } from './format';

/** Right answers per SAA domain, as a table (readable as text) with a bar in each row. */
export function DomainBreakdown({ domains }: { domains: readonly DomainResult[] }) {
  return (
    <table className="domain-table">
      <caption className="section-title">By domain</caption>
      <thead>
        <tr>
          <th scope="col">Domain</th>
          <th scope="col">Right</th>
          <th scope="col">Share</th>
        </tr>
      </thead>
      <tbody>
        {domains.map((d) => (
          <tr key={d.domain}>
            <th scope="row">{d.title}</th>
            <td>
              {d.correct} / {d.total}
            </td>
            <td>
              {d.share === null ? (
                'no questions'
              ) : (
                <span className="domain-table__share">
                  <span className="domain-bar" aria-hidden="true">
                    <span style={{ width: `${d.share * 100}%` }} />
                  </span>
                  {percent(d.share)}
                </span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
