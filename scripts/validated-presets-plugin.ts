import type { Plugin } from 'vite';
import { formatErrors, parseScenario, presets } from '../src/scenario';

const ID = 'virtual:validated-presets';
const RESOLVED = `\0${ID}`;

/**
 * Serves `virtual:validated-presets`: every built-in preset, already validated and with its
 * defaults filled in. The app starts from these, so the schema library is not part of the first
 * page load; it is fetched only when a person's own input needs checking. A broken preset stops
 * the build (and the tests) with its errors.
 */
export function validatedPresets(): Plugin {
  return {
    name: 'lambda-event-lab:validated-presets',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      const parsed = presets.map((p) => {
        const r = parseScenario(p.scenario);
        if (!r.ok) throw new Error(`preset "${p.id}" is invalid:\n${formatErrors(r.errors)}`);
        return { id: p.id, title: p.title, summary: p.summary, scenario: r.scenario };
      });
      return `export const validatedPresets = ${JSON.stringify(parsed)};`;
    },
  };
}
