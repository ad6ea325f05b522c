import type { ServiceScenario } from '../service-scenarios';

export const QUEUE_SCENARIOS: Readonly<Record<string, ServiceScenario>> = {};
