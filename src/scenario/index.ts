export { parseScenario, formatErrors, type ParseResult, type ScenarioError } from './parse';
export { migrate, MIGRATIONS, type Migration } from './migrations';
export { SCENARIO_VERSION, scenarioSchema } from './schema';
export type * from './schema';
export { presets, presetById, type Preset } from './presets';
export {
  encodeShareLink,
  decodeShareLink,
  type ShareLinkState,
  type SharedState,
} from './share-link';
