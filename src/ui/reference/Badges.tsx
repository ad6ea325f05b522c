import type { ServiceRecord } from '../../catalog/services';
import { flowLabel, MODEL_BADGE } from './labels';

/** The invocation model, told by words and colour together. */
export function ModelBadge({ service }: { service: ServiceRecord }) {
  return (
    <span className={`ref-badge ref-badge--${service.invocation}`}>
      {MODEL_BADGE[service.invocation]}
    </span>
  );
}

/** Push or pull; the two integrations are neither. */
export function FlowBadge({ service }: { service: ServiceRecord }) {
  return <span className={`ref-flow ref-flow--${service.push}`}>{flowLabel(service)}</span>;
}

/** A service AWS no longer supports: listed because the study material does, not taught as current. */
export function RetiredTag({ service }: { service: ServiceRecord }) {
  if (service.retired === undefined) return null;
  return <span className="ref-retired">Retired {service.retired.since}</span>;
}

/** The two services the study table leaves out carry this tag; the other 29 are its rows. */
export function ExtraTag() {
  return <span className="ref-extra">Not in the study table</span>;
}
