import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { runnerImport, type Plugin } from 'vite';

const ID = 'virtual:validated-presets';
const RESOLVED = `\0${ID}`;

type ScenarioModule = typeof import('../src/scenario/index');

/**
 * Serves `virtual:validated-presets`: every built-in preset, already validated and with its
 * defaults filled in. The app starts from these, so the schema library is not part of the first
 * page load; it is fetched only when a person's own input needs checking. A broken preset stops
 * the build (and the tests) with its errors. The scenario code is loaded through Vite's module
 * runner when the module is built, not bundled into the config.
 */
export function validatedPresets(): Plugin {
  return {
    name: 'lambda-event-lab:validated-presets',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return undefined;
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
      return `export const validatedPresets = ${JSON.stringify(parsed)};`;
    },
  };
}
