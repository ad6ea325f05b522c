import { create } from 'zustand';

/** Where the open / closed state of the stage's drawers is kept between visits. */
export const DRAWERS_STORAGE_KEY = 'lambda-event-lab:drawers';

/** The panels around the diagram that open and close: charts, event log, scenario details. */
export type DrawerId = 'metrics' | 'log' | 'details';
/**
 * At the desk and in presentation the same drawers are remembered separately: a room sees the
 * diagram and the caption first, whatever the person at the desk keeps open.
 */
export type DrawerMode = 'desk' | 'present';

export type DrawerSet = Readonly<Record<DrawerId, boolean>>;

export interface DrawersState {
  readonly desk: DrawerSet;
  readonly present: DrawerSet;
}

/**
 * A first visit: the diagram alone, with the whole height to fit in, at the desk as when
 * presenting; the log, charts and side panel are a click or a key away, and stay as left.
 */
export const DEFAULT_DRAWERS: DrawersState = {
  desk: { metrics: false, log: false, details: false },
  present: { metrics: false, log: false, details: false },
};

const IDS: readonly DrawerId[] = ['metrics', 'log', 'details'];

/** Stored state, read leniently: anything missing or malformed falls back to the default. */
export function parseDrawers(raw: string | null): DrawersState {
  let data: unknown = null;
  try {
    data = raw === null ? null : JSON.parse(raw);
  } catch {
    data = null;
  }
  const pick = (mode: DrawerMode): DrawerSet => {
    const stored =
      typeof data === 'object' && data !== null
        ? (data as Record<string, unknown>)[mode]
        : undefined;
    const rec = typeof stored === 'object' && stored !== null ? stored : {};
    return Object.fromEntries(
      IDS.map((id) => {
        const v = (rec as Record<string, unknown>)[id];
        return [id, typeof v === 'boolean' ? v : DEFAULT_DRAWERS[mode][id]];
      }),
    ) as Record<DrawerId, boolean>;
  };
  return { desk: pick('desk'), present: pick('present') };
}

function saved(): DrawersState {
  try {
    return parseDrawers(window.localStorage.getItem(DRAWERS_STORAGE_KEY));
  } catch {
    return DEFAULT_DRAWERS;
  }
}

export const useDrawersStore = create<DrawersState>()(() => saved());

export function setDrawer(mode: DrawerMode, id: DrawerId, open: boolean): void {
  const s = useDrawersStore.getState();
  const next = { ...s, [mode]: { ...s[mode], [id]: open } };
  useDrawersStore.setState(next);
  try {
    window.localStorage.setItem(DRAWERS_STORAGE_KEY, JSON.stringify(next));
  } catch {
    // Storage refused (private mode): the drawers keep their state for this visit only.
  }
}

export function toggleDrawer(mode: DrawerMode, id: DrawerId): void {
  setDrawer(mode, id, !useDrawersStore.getState()[mode][id]);
}
