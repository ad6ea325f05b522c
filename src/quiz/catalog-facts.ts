import { SERVICES, type ServiceRecord } from '../catalog/services';
import { DOES, permissionPhrase } from './generated/phrases';
import type { Fact } from './schema';

/**
 * The study material's table of event sources, one row per service, read from the service
 * catalog rather than typed again: how each service invokes Lambda, whether it pushes or is
 * pulled (and where the mapping lives), and what permission lets it in. The generated questions
 * test exactly these facts, and hand-written questions may cite them too.
 */

export type CatalogAspect = 'invocation' | 'model' | 'permission';

export function catalogFactId(serviceId: string, aspect: CatalogAspect): string {
  return `catalog-${serviceId}-${aspect}`;
}

/** The services of the study table, in its order. */
export const STUDY_TABLE: readonly ServiceRecord[] = SERVICES.filter((s) => s.inStudyTable);

function modelText(s: ServiceRecord): string {
  if (s.push === 'push' && s.mappingLives === 'lambda')
    return `${s.shortName} is a push source configured on the Lambda side: it is a setting of the function itself, not a trigger in another service.`;
  if (s.push === 'push')
    return `${s.shortName} is a push source: it invokes the function itself, and the trigger is configured on the ${s.shortName} side.`;
  if (s.push === 'pull')
    return `${s.shortName} is a pull source: Lambda polls it through an event source mapping, kept on the Lambda side.`;
  return `${s.shortName} is neither a push nor a pull source: it sends no events, and the function is configured to use it.`;
}

/** Services outside the table that are asked about their model (see generated/source-model). */
const MODEL_ONLY: readonly ServiceRecord[] = SERVICES.filter(
  (s) => !s.inStudyTable && s.push === 'push' && s.mappingLives === 'lambda',
);

export const CATALOG_FACTS: readonly Fact[] = [
  ...STUDY_TABLE.flatMap((s): Fact[] => [
    {
      id: catalogFactId(s.id, 'invocation'),
      source: 'events',
      topic: 'services',
      text: `${s.name}: ${s.studyTableMethod ?? 'see the catalog'} — it ${DOES[s.invocation]}.`,
    },
    { id: catalogFactId(s.id, 'model'), source: 'events', topic: 'push-pull', text: modelText(s) },
    {
      id: catalogFactId(s.id, 'permission'),
      source: 'events',
      topic: 'permissions',
      text: `${s.shortName} ${permissionPhrase(s.permission)}.`,
    },
  ]),
  ...MODEL_ONLY.map((s): Fact => ({
    id: catalogFactId(s.id, 'model'),
    source: 'events',
    topic: 'push-pull',
    text: modelText(s),
  })),
];
