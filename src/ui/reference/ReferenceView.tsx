import { useMemo } from 'react';
import { SERVICES } from '../../catalog/services';
import { useMediaQuery } from '../useMediaQuery';
import { ReferenceControls } from './ReferenceControls';
import { facetCounts, filterServices } from './service-filter';
import { ServiceCards } from './ServiceCards';
import { ServiceTable } from './ServiceTable';
import { useReferenceQuery } from './useReferenceQuery';
import './reference.css';

/** Below this width the table's six columns no longer fit: each row becomes a card. */
export const CARDS_QUERY = '(max-width: 1020px)';

const IDS = SERVICES.map((s) => s.id);
const STUDY_ROWS: ReadonlyMap<string, number> = new Map(
  SERVICES.filter((s) => s.inStudyTable).map((s, i) => [s.id, i + 1]),
);
const STUDY_TOTAL = STUDY_ROWS.size;

/** Every service that invokes Lambda (or plugs into it): searchable, filterable, runnable. */
export default function ReferenceView() {
  const { query, update, commit } = useReferenceQuery(IDS);
  const cards = useMediaQuery(CARDS_QUERY);
  const shown = useMemo(() => filterServices(SERVICES, query), [query]);
  const counts = useMemo(() => facetCounts(SERVICES, query), [query]);
  const open = useMemo(() => new Set(query.open), [query.open]);
  const fromStudy = shown.filter((s) => s.inStudyTable).length;

  const toggle = (id: string) => {
    // Kept in catalog order, so the address does not depend on the order rows were opened.
    const next = open.has(id)
      ? query.open.filter((o) => o !== id)
      : IDS.filter((o) => o === id || open.has(o));
    update({ open: next });
  };
  const reset = () => update({ q: '', model: 'all', flow: 'all' });
  const list = {
    services: shown,
    studyRow: STUDY_ROWS,
    isOpen: (id: string) => open.has(id),
    onToggle: toggle,
  };

  return (
    <main className="tool-page reference" aria-labelledby="reference-title">
      <header className="tool-intro">
        <h2 id="reference-title">Event source reference</h2>
        <p>
          Every AWS service that invokes a Lambda function: how it invokes it, who holds the
          permission, what the service adds on top, and a sample of the event it sends. Open a row
          for the details, then <strong>Run it</strong> to watch that source in the simulator.
        </p>
      </header>
      <ReferenceControls
        filter={query}
        counts={counts}
        onSearch={(q) => update({ q })}
        onSearchDone={commit}
        onModel={(model) => update({ model })}
        onFlow={(flow) => update({ flow })}
      />
      <p className="ref-count" role="status">
        {shown.length === SERVICES.length ? (
          <>
            All <strong>{SERVICES.length}</strong> services: the {STUDY_TOTAL} rows of the study
            table, plus {SERVICES.length - STUDY_TOTAL} it leaves out.
          </>
        ) : (
          <>
            Showing <strong>{shown.length}</strong> of {SERVICES.length} services ({fromStudy} from
            the study table).
          </>
        )}
      </p>
      {shown.length === 0 ? (
        <div className="card ref-empty">
          <p>
            No service matches
            {query.q.trim() !== '' && (
              <>
                {' '}
                “<strong>{query.q.trim()}</strong>”
              </>
            )}
            {(query.model !== 'all' || query.flow !== 'all') && ' with these filters'}.
          </p>
          <button type="button" className="button" onClick={reset}>
            Show all services
          </button>
        </div>
      ) : cards ? (
        <ServiceCards {...list} />
      ) : (
        <ServiceTable {...list} />
      )}
    </main>
  );
}
