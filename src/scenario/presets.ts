/**
 * The built-in presets live in ./presets/, one file per topic. This module keeps the historical
 * import path (`scenario/presets`), which the build's validated-presets plugin also watches.
 */
export { presets, presetById, type Preset } from './presets/index';
