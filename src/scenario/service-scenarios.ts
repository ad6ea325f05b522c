import type { ScenarioInput } from './schema';
import { PUSH_SCENARIOS } from './service-scenarios/push';
import { QUEUE_SCENARIOS } from './service-scenarios/queues';
import { STREAM_SCENARIOS } from './service-scenarios/streams';

/** A scenario that shows one service of the catalog invoking the function: "Run it". */
export type ServiceScenario = () => ScenarioInput;

const BY_SERVICE: Readonly<Record<string, ServiceScenario>> = {
  ...PUSH_SCENARIOS,
  ...QUEUE_SCENARIOS,
  ...STREAM_SCENARIOS,
};

/** The "Run it" scenario of a catalog service (src/catalog/services), if it has one. */
export function scenarioForService(serviceId: string): ScenarioInput | undefined {
  return Object.hasOwn(BY_SERVICE, serviceId) ? BY_SERVICE[serviceId]!() : undefined;
}
