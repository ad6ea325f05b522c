import { clampSpeed, usePlaybackStore } from './playback';
import { presetInfo, presetReady, presetScenarioLoaded, useScenarioStore } from './scenario';
import { useSelectionStore } from './selection';
import { familiesReady, loadFamilies } from './families';
import { loadEngine, runReady } from './run';

/**
 * A built-in scenario's short link, `#p=<preset id>&t=<ms>&sel=<message>&speed=<x>`, read
 * without the link codec: the preset was validated when the app was built, so there is nothing
 * to decompress or validate, and the page can open at the linked moment before its first paint.
 * Anything else (a custom scenario, an unknown preset, a parameter this does not know) is left
 * to the codec, which explains what is wrong.
 */
export interface PresetLink {
  readonly presetId: string;
  readonly t: number;
  readonly selection: number | null;
  readonly speed: number;
}

const WHOLE = /^\d{1,12}$/;
const DECIMAL = /^\d{1,6}(\.\d{1,6})?$/;

export function readPresetLink(fragment: string): PresetLink | null {
  const body = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (!body.startsWith('p=')) return null;
  let presetId: string | null = null;
  let t = 0;
  let selection: number | null = null;
  let speed = 1;
  for (const part of body.split('&')) {
    const [key, value = '', extra] = part.split('=');
    if (extra !== undefined || value === '') return null;
    if (key === 'p' && presetId === null) presetId = value;
    else if (key === 't' && WHOLE.test(value)) t = Number(value);
    else if (key === 'sel' && WHOLE.test(value)) selection = Number(value);
    else if (key === 'speed' && DECIMAL.test(value)) speed = clampSpeed(Number(value));
    else return null;
  }
  const info = presetId === null ? undefined : presetInfo(presetId);
  if (presetId === null || info === undefined) return null;
  const { durationMs } = info;
  return { presetId, t: Math.min(t, durationMs), selection, speed };
}

/**
 * Show a preset link as the app's starting state (before anything is drawn): its scenario,
 * paused at its moment. Fetches the preset's document, the engine and its source families first
 * when it needs them (the opening preset's run ships with the page: it needs none).
 */
let startLink: PresetLink | null = null;

/**
 * The link startAtPresetLink opened, once (then null): the link sync need not open it again.
 */
export function takeStartLink(): PresetLink | null {
  const link = startLink;
  startLink = null;
  return link;
}

export async function startAtPresetLink(link: PresetLink): Promise<void> {
  // A preset not at hand is not the opening one: its document, the engine and the source families
  // it uses are fetched together, not one after another.
  if (!presetReady(link.presetId)) {
    loadEngine().catch(() => {});
    if (presetInfo(link.presetId)?.needsFamilies === true) loadFamilies().catch(() => {});
  }
  const scenario = await presetScenarioLoaded(link.presetId);
  await Promise.all([
    familiesReady(scenario) ? undefined : loadFamilies(),
    runReady(scenario) ? undefined : loadEngine(),
  ]);
  useScenarioStore.setState({ scenario, presetId: link.presetId, edited: false });
  usePlaybackStore.setState({ t: link.t, speed: link.speed, playing: false });
  // The selection is checked against the run by the codec's own open, right after.
  useSelectionStore.setState({ message: null, node: null });
  startLink = link;
}
