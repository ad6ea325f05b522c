import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { runnerImport, type Plugin } from 'vite';

const ID = 'virtual:validated-presets';
const RESOLVED = `\0${ID}`;
const REST_ID = 'virtual:validated-presets/rest';
const REST_RESOLVED = `\0${REST_ID}`;

/**
 * The preset the app opens with (src/store/scenario.ts DEFAULT_PRESET; a test checks they agree):
 * its document ships in the first page, the others in a chunk fetched after the first paint.
 */
export const FIRST_PRESET = 'async-retries';

type ScenarioModule = typeof import('../src/scenario/index');

/**
 * Serves `virtual:validated-presets`: every built-in preset's id, title and length, the
 * first preset's document and summary, and `loadRest()`, which fetches the others' documents and
 * summaries
 * (`virtual:validated-presets/rest`, a chunk of its own); all already validated and with their
 * defaults filled in. The app starts from these, so the schema library is not part of the first
 * page load; it is fetched only when a person's own input needs checking. A broken preset stops
 * the build (and the tests) with its errors. The scenario code is loaded through Vite's module
 * runner when the module is built, not bundled into the config.
 */
export function validatedPresets(): Plugin {
  return {
    name: 'lambda-event-lab:validated-presets',
    resolveId: (id) => (id === ID ? RESOLVED : id === REST_ID ? REST_RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED && id !== REST_RESOLVED) return undefined;
      const { module } = await runnerImport<ScenarioModule>('/src/scenario/index.ts');
      const parsed = module.presets.map((p) => {
        const r = module.parseScenario(p.scenario);
        if (!r.ok)
          throw new Error(`preset "${p.id}" is invalid:\n${module.formatErrors(r.errors)}`);
        return { id: p.id, title: p.title, summary: p.summary, scenario: r.scenario };
      });
      // Rebuild the module when a preset or the schema changes (dev server, watch mode).
      const scenarioFiles = readdirSync(resolve('src/scenario')).filter((f) => f.endsWith('.ts'));
      const presetFiles = readdirSync(resolve('src/scenario/presets')).map((f) => `presets/${f}`);
      for (const file of [...scenarioFiles, ...presetFiles]) {
        this.addWatchFile(resolve(`src/scenario/${file}`));
      }
      if (id === REST_RESOLVED) {
        const rest = parsed.filter((p) => p.id !== FIRST_PRESET);
        return [
          `export const scenarios = new Map(${JSON.stringify(rest.map((p) => [p.id, p.scenario]))});`,
          `export const summaries = new Map(${JSON.stringify(rest.map((p) => [p.id, p.summary]))});`,
        ].join('\n');
      }
      const first = parsed.find((p) => p.id === FIRST_PRESET);
      if (first === undefined) throw new Error(`the first preset "${FIRST_PRESET}" is missing`);
      const index = parsed.map((p) => ({
        id: p.id,
        title: p.title,
        durationMs: p.scenario.durationMs,
      }));
      return [
        `export const presetIndex = ${JSON.stringify(index)};`,
        `export const firstPreset = ${JSON.stringify({ id: first.id, summary: first.summary, scenario: first.scenario })};`,
        `export const loadRest = () => import(${JSON.stringify(REST_ID)});`,
      ].join('\n');
    },
  };
}
