import { ExtraTag, FlowBadge, ModelBadge, RetiredTag } from './Badges';
import { ChevronIcon } from './icons';
import { mappingLabel } from './labels';
import { PermissionSummary } from './PermissionSummary';
import { ServiceDetails } from './ServiceDetails';
import { detailsId, type ServiceListProps } from './ServiceTable';

/** The phone layout: the table's rows as cards, with the same facts and the same details. */
export function ServiceCards({ services, studyRow, isOpen, onToggle }: ServiceListProps) {
  return (
    <ul className="ref-cards" aria-label="Event sources">
      {services.map((s) => {
        const open = isOpen(s.id);
        const row = studyRow.get(s.id);
        return (
          <li key={s.id} className={open ? 'card ref-card ref-card--open' : 'card ref-card'}>
            <h3 className="ref-card__title">
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
            </h3>
            <div className="ref-card__badges">
              {row !== undefined && (
                <span className="ref-card__row">
                  <span className="visually-hidden">Study table row </span>#{row}
                </span>
              )}
              <ModelBadge service={s} />
              <FlowBadge service={s} />
              {!s.inStudyTable && <ExtraTag />}
              <RetiredTag service={s} />
            </div>
            <dl className="ref-card__facts">
              <div>
                <dt>Trigger lives</dt>
                <dd>{mappingLabel(s)}</dd>
              </div>
              <div>
                <dt>Permission</dt>
                <dd>
                  <PermissionSummary service={s} />
                </dd>
              </div>
            </dl>
            {open && <ServiceDetails service={s} id={detailsId(s.id)} level={4} />}
          </li>
        );
      })}
    </ul>
  );
}
