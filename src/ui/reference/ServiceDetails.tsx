import type { ReactNode } from 'react';
import type { ServiceRecord } from '../../catalog/services';
import { AlertIcon } from '../tools/icons';
import { ExternalIcon } from './icons';
import { docLabel } from './labels';
import { PermissionDetails } from './PermissionDetails';
import { RunItButton } from './RunItButton';
import { SampleEvent } from './SampleEvent';

interface Props {
  service: ServiceRecord;
  /** Id of the region, for the toggle's aria-controls. */
  id: string;
  /** h3 under the page title in the table; h4 in a phone card whose title is an h3. */
  level: 3 | 4;
}

/** Everything the catalog knows about one service, opened from its row or card. */
export function ServiceDetails({ service, id, level }: Props) {
  const H = level === 3 ? 'h3' : 'h4';
  const special = service.invocation === 'special';
  const section = (title: string, body: ReactNode, className = '') => (
    <section className={`ref-section ${className}`}>
      <H className="ref-section__title">{title}</H>
      {body}
    </section>
  );
  return (
    <div className="ref-details" id={id}>
      <div className="ref-details__bar">
        <p className="ref-details__method">
          {service.inStudyTable ? (
            <>
              Study table: <strong>{service.studyTableMethod ?? '—'}</strong>
            </>
          ) : (
            <>Not in the study table: included because it also invokes functions.</>
          )}
        </p>
        <RunItButton service={service} />
      </div>
      {service.retired && (
        <p className="ref-details__retired">
          Retired ({service.retired.since}): {service.retired.note}
        </p>
      )}
      <div className="ref-details__grid">
        <div className="ref-details__col">
          {section(
            special ? `What ${service.shortName} does` : `What ${service.shortName} adds`,
            <ul className="ref-bullets">
              {service.behaviour.map((b) => (
                <li key={b}>{b}</li>
              ))}
            </ul>,
          )}
          {section(
            'Limits',
            service.limits.length > 0 ? (
              <dl className="ref-limits">
                {service.limits.map((l) => (
                  <div key={l.label}>
                    <dt>{l.label}</dt>
                    <dd>{l.value}</dd>
                  </div>
                ))}
              </dl>
            ) : (
              <p className="ref-none">No limits specific to {service.shortName} are listed.</p>
            ),
          )}
          {section(
            'Exam facts',
            <ul className="ref-bullets ref-bullets--exam">
              {service.examFacts.map((f) => (
                <li key={f}>{f}</li>
              ))}
            </ul>,
          )}
          {section(
            'AWS documentation',
            <ul className="ref-docs">
              {service.docs.map((url) => {
                const { page, guide } = docLabel(url);
                return (
                  <li key={url}>
                    <a href={url} target="_blank" rel="noopener noreferrer">
                      <span className="ref-docs__page">{page}</span> <ExternalIcon />
                      <span className="visually-hidden">(opens in a new tab)</span>
                    </a>
                    {guide !== '' && <span className="ref-docs__guide"> {guide}</span>}
                  </li>
                );
              })}
            </ul>,
          )}
        </div>
        <div className="ref-details__col">
          {section('Permission', <PermissionDetails permission={service.permission} />)}
          {section(
            'When the permission is missing',
            <p className="ref-missing">
              <AlertIcon size={18} />
              <span>{service.missingPermission}</span>
            </p>,
          )}
          {section(
            special ? 'What the function gets (no events)' : 'Sample event',
            <SampleEvent service={service} />,
            'ref-section--sample',
          )}
        </div>
      </div>
    </div>
  );
}
