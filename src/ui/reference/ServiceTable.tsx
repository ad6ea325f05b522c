import type { ServiceRecord } from '../../catalog/services';
import { ExtraTag, FlowBadge, ModelBadge, RetiredTag } from './Badges';
import { ChevronIcon } from './icons';
import { mappingLabel } from './labels';
import { PermissionSummary } from './PermissionSummary';
import { ServiceDetails } from './ServiceDetails';

export interface ServiceListProps {
  services: readonly ServiceRecord[];
  /** Row number in the study table, for its 29 services. */
  studyRow: ReadonlyMap<string, number>;
  isOpen(id: string): boolean;
  onToggle(id: string): void;
}

export const detailsId = (id: string) => `ref-details-${id}`;

/**
 * The desktop table: one row per service, a disclosure button on its name, and the details in a
 * full-width row beneath. Each service is its own <tbody>, so a row and its details stay together.
 */
export function ServiceTable({ services, studyRow, isOpen, onToggle }: ServiceListProps) {
  return (
    <div className="card ref-table-card">
      <table className="ref-table">
        <caption className="visually-hidden">
          Event sources: invocation model, push or pull, where the trigger is set up, and the
          permission each needs
        </caption>
        <thead>
          <tr>
            <th scope="col" className="ref-table__n">
              <abbr title="Row in the study table">#</abbr>
            </th>
            <th scope="col">Service</th>
            <th scope="col">Invocation</th>
            <th scope="col">Push / pull</th>
            <th scope="col">Trigger lives</th>
            <th scope="col">Permission</th>
          </tr>
        </thead>
        {services.map((s) => {
          const open = isOpen(s.id);
          return (
            <tbody key={s.id} className={open ? 'ref-group ref-group--open' : 'ref-group'}>
              <tr className="ref-row">
                <td className="ref-table__n">{studyRow.get(s.id) ?? '—'}</td>
                <th scope="row" className="ref-row__service">
                  <button
                    type="button"
                    className="ref-toggle"
                    aria-expanded={open}
                    aria-controls={open ? detailsId(s.id) : undefined}
                    onClick={() => onToggle(s.id)}
                  >
                    <ChevronIcon />
                    <span className="ref-toggle__name">{s.name}</span>
                  </button>
                  {!s.inStudyTable && <ExtraTag />}
                  <RetiredTag service={s} />
                </th>
                <td>
                  <ModelBadge service={s} />
                </td>
                <td>
                  <FlowBadge service={s} />
                </td>
                <td className="ref-row__mapping">{mappingLabel(s)}</td>
                <td>
                  <PermissionSummary service={s} />
                </td>
              </tr>
              {open && (
                <tr className="ref-details-row">
                  <td colSpan={6}>
                    <ServiceDetails service={s} id={detailsId(s.id)} level={3} />
                  </td>
                </tr>
              )}
            </tbody>
          );
        })}
      </table>
    </div>
  );
}
