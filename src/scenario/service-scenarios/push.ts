import type { ServiceScenario } from '../service-scenarios';

export const PUSH_SCENARIOS: Readonly<Record<string, ServiceScenario>> = {};
