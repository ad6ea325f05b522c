import { familiesNeeded, type Families } from '../engine/families';
import type { Scenario } from '../scenario';

let loaded: Families = {};
let loading: Promise<void> | null = null;

/** The source families the app has so far (none until a scenario needs one). */
export function loadedFamilies(): Families {
  return loaded;
}

export function familiesReady(scenario: Scenario): boolean {
  return familiesNeeded(scenario).every((f) => loaded[f] !== undefined);
}

/**
 * Fetch the engine's source families, their log sentences and their diagram parts, once: the
 * first page load stays small, and a scenario with queues, streams or push services waits only
 * for this.
 */
export function loadFamilies(): Promise<void> {
  loading ??= Promise.all([
    import('../engine/all-families'),
    import('../view/describe-all-families'),
    import('../view/diagram-all-families'),
  ]).then(
    ([engine, view, diagram]) => {
      view.registerAllDescribers();
      diagram.registerAllDiagramFamilies();
      loaded = engine.ALL_FAMILIES;
    },
    (e: unknown) => {
      loading = null; // a failed download (offline, a new deploy) may be tried again
      throw e;
    },
  );
  return loading;
}
