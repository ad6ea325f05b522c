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
type EngineModule = typeof import('../src/engine/index');
type RunSizeModule = typeof import('../src/scenario/run-size');

/**
 * Serves `virtual:validated-presets`: every built-in preset's id, title and length, the
 * first preset's document, summary and run (the engine's own output, simulated here, so the page
 * draws its opening diagram before the engine arrives), and `loadRest()`, which fetches the
 * others' documents and summaries
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
      const { module: engine } = await runnerImport<EngineModule>('/src/engine/index.ts');
      const firstRun = await openingRun(first.scenario);
      const index = parsed.map((p) => ({
        id: p.id,
        title: p.title,
        durationMs: p.scenario.durationMs,
        needsFamilies: engine.familiesNeeded(p.scenario).length > 0,
      }));
      return [
        `export const presetIndex = ${JSON.stringify(index)};`,
        `export const firstPreset = ${JSON.stringify({ id: first.id, summary: first.summary, scenario: first.scenario })};`,
        // JSON.parse of a string literal: quicker to read than the same object as code.
        `export const firstRun = JSON.parse(${JSON.stringify(firstRun)});`,
        `export const loadRest = () => import(${JSON.stringify(REST_ID)});`,
      ].join('\n');
    },
  };
}

/**
 * The opening preset's run without its scenario (the page pairs it with the document it ships),
 * as the app would simulate it (src/store/run.ts). It travels as JSON: the build stops if that
 * would change anything, so the shipped run is the engine's, exactly (test/store/opening-run.test.ts
 * compares the two as well).
 */
async function openingRun(scenario: unknown): Promise<string> {
  const [{ module: engine }, { module: size }] = await Promise.all([
    runnerImport<EngineModule>('/src/engine/index.ts'),
    runnerImport<RunSizeModule>('/src/scenario/run-size.ts'),
  ]);
  const run = engine.simulate(scenario as Parameters<EngineModule['simulate']>[0], {
    maxEvents: size.RUN_EVENT_CAP,
  });
  const { scenario: _shipped, ...rest } = run;
  void _shipped; // the page has the document already
  const lost = notJson(rest, 'run', new Set());
  if (lost !== null)
    throw new Error(`the run of preset "${FIRST_PRESET}" cannot be shipped as JSON: ${lost}`);
  return JSON.stringify(rest);
}

/** Where a value would not come back the same from JSON (null when it would). */
function notJson(value: unknown, path: string, within: Set<object>): string | null {
  if (typeof value === 'number')
    return Number.isFinite(value) && !Object.is(value, -0) ? null : `${path} is ${value}`;
  if (value === undefined) return `${path} is undefined`;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return null;
  if (typeof value !== 'object') return `${path} is a ${typeof value}`;
  if (value instanceof Map || value instanceof Set || ArrayBuffer.isView(value))
    return `${path} is a ${value.constructor.name}`;
  // A message that points back into the engine (a source's own state) is not data.
  if (within.has(value)) return `${path} refers back to an object that holds it`;
  within.add(value);
  for (const [key, v] of Object.entries(value)) {
    // An absent optional field reads as undefined either way.
    if (v === undefined && !Array.isArray(value)) continue;
    const lost = notJson(v, `${path}.${key}`, within);
    if (lost !== null) return lost;
  }
  within.delete(value);
  return null;
}
