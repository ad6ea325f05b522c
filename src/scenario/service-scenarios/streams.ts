import type { ServiceScenario } from '../service-scenarios';

export const STREAM_SCENARIOS: Readonly<Record<string, ServiceScenario>> = {};
