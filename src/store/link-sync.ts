import { usePlaybackStore } from './playback';
import { DEFAULT_PRESET, useScenarioStore } from './scenario';
import { useSelectionStore } from './selection';
import { useLinkStore } from './link-state';
import { loadUndo } from './undo-state';
import { useCompareStore } from './compare';
import { readPresetLink, takeStartLink } from './preset-link';

/**
 * The address and the app, kept in step through the URL fragment (the query, `?tool=…`, is left
 * alone):
 * - on start and on `hashchange`, a fragment holding a share link opens it; one that would
 *   replace edited work waits for the person's answer; one that cannot be opened is reported and
 *   changes nothing;
 * - after an edit, a scenario change, a pause, a seek, a selection or a speed change, the current
 *   link is written back into the fragment: not on every frame while playing, and a burst of
 *   changes (dragging the timeline) is written once it settles.
 *
 * A scenario picked in the simulator adds a history entry, so Back returns to the previous one;
 * every other change replaces the entry, so history is not flooded with moments.
 */

type LinkOpen = typeof import('./link-open');

let codec: Promise<LinkOpen> | null = null;

/** The codec pulls the scenario schema: fetched on the first link read or written, not before. */
function loadCodec(): Promise<LinkOpen> {
  codec ??= import('./link-open').catch((e: unknown) => {
    codec = null; // offline or a new deploy: a later attempt may work
    throw e;
  });
  return codec;
}

/** A burst of seeks or speed clicks is written once, this long after the last one. */
export const SETTLE_MS = 250;
/** Fired on window when the address changes without an event of its own (see useTool). */
const NAVIGATED = 'lab:navigated';
const UNAVAILABLE =
  'the part of the app that reads links could not be loaded (check the connection and reload)';

interface Session {
  readonly write: boolean;
  stopped: boolean;
}

let session: Session | null = null;
/** Link opens under way: the store changes they make are not the person's and are not written. */
let opening = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
let pushNext = false;
/** A change seen (and not written) while a link was opening: maybe the person's own. */
let heldBack = false;

/**
 * Calls `listener` whenever what a link holds changes: the scenario, the selected message, the
 * speed, or the moment while paused (and once more when playback stops).
 */
export function onLinkStateChange(listener: (kind: 'scenario' | 'edit' | 'view') => void) {
  const unsubscribe = [
    useScenarioStore.subscribe((s, prev) => {
      if (s.scenario !== prev.scenario || s.presetId !== prev.presetId)
        listener(s.edited ? 'edit' : 'scenario');
    }),
    usePlaybackStore.subscribe((s, prev) => {
      if (s.speed !== prev.speed || (!s.playing && (prev.playing || s.t !== prev.t)))
        listener('view');
    }),
    useSelectionStore.subscribe((s, prev) => {
      if (s.message !== prev.message) listener('view');
    }),
    // Opening or leaving a comparison is a new address (Back returns); switching sides is not.
    useCompareStore.subscribe((s, prev) => {
      if (s.open !== prev.open) listener('scenario');
      else if (s.editing !== prev.editing || s.other !== prev.other) listener('edit');
    }),
  ];
  return () => unsubscribe.forEach((u) => u());
}

export interface LinkSyncOptions {
  /** Write the current link into the fragment (the embedded view only reads). */
  readonly write: boolean;
  /**
   * Whether a scenario change now is the person's own pick, worth a history entry (the simulator
   * is shown); one loaded from another tool (a quiz "show me", "Run it") replaces the entry.
   */
  readonly pushScenarioChanges?: () => boolean;
}

/** Start reading and writing the fragment. Returns a function that stops both. */
export function startLinkSync({
  write,
  pushScenarioChanges = () => false,
}: LinkSyncOptions): () => void {
  const own: Session = { write, stopped: false };
  session = own;
  useLinkStore.setState({ problem: null, pending: null, note: null });
  const fragment = window.location.hash;
  // A built-in scenario's short link was opened before the first paint (src/main.tsx): opening it
  // again once the codec arrives would pause and rewind a playback the person may have started.
  // Only a selected message is left to apply, and that needs the codec's check against the run.
  const started = takeStartLink();
  const preset = readPresetLink(fragment);
  const opened =
    started !== null &&
    preset !== null &&
    preset.selection === null &&
    started.presetId === preset.presetId &&
    started.t === preset.t &&
    started.speed === preset.speed;
  // The scenario the app shows before its link opens was never the person's: not an undo step.
  if (fragment.length > 1)
    void (opened ? Promise.resolve() : openFragment(own, fragment)).then(() => {
      if (write)
        loadUndo().then(
          (u) => u.clearHistory(),
          () => {},
        );
    });

  const onHashChange = () => {
    // Back to an entry without a fragment is back to how the app opens: the default scenario.
    const hash = window.location.hash;
    void openFragment(own, hash.length > 1 ? hash : `#p=${DEFAULT_PRESET}`);
  };
  window.addEventListener('hashchange', onHashChange);
  const stopWatching = write
    ? onLinkStateChange((kind) => {
        if (opening > 0) {
          heldBack = true;
          return;
        }
        if (kind === 'scenario' && pushScenarioChanges()) pushNext = true;
        // A new scenario is written at once; edits and moments once a burst of them settles.
        schedule(kind === 'scenario' ? 0 : SETTLE_MS);
      })
    : () => {};

  return () => {
    own.stopped = true;
    if (session === own) session = null;
    window.removeEventListener('hashchange', onHashChange);
    stopWatching();
    cancelWrite();
  };
}

/** Open a fragment: at once, after asking, or not at all with the reason shown. */
async function openFragment(own: Session, fragment: string): Promise<void> {
  opening++;
  cancelWrite();
  heldBack = false;
  // Whether the link left the app as it was (refused, or waiting for an answer): then any change
  // made meanwhile was the person's, and the address must show it once the open is over.
  let leftAsItWas = true;
  try {
    const c = await loadCodec();
    if (own.stopped) return;
    if (c.isCompareLink(fragment)) {
      leftAsItWas = false;
      await c.openCompareFragment(fragment, c.openScenario);
      return;
    }
    const decoded = c.decodeFragment(fragment);
    if (!decoded.ok) {
      useLinkStore.setState({ problem: decoded.error, pending: null, note: null });
      return;
    }
    if (c.wouldDiscardEdits(decoded.state.scenario)) {
      useLinkStore.setState({ pending: decoded.state, problem: null });
      return;
    }
    useLinkStore.setState({ pending: null, problem: null, note: decoded.state.note ?? null });
    leftAsItWas = false;
    await c.openSharedState(decoded.state);
  } catch {
    if (!own.stopped) useLinkStore.setState({ problem: UNAVAILABLE, pending: null });
  } finally {
    opening--;
    cancelWrite();
    if (opening === 0 && leftAsItWas && heldBack) schedule(0);
    heldBack = false;
  }
}

/** "Open": the link waiting for an answer replaces the edited scenario. */
export async function openPendingLink(): Promise<void> {
  const state = useLinkStore.getState().pending;
  if (state === null) return;
  useLinkStore.setState({ pending: null, note: state.note ?? null });
  opening++;
  cancelWrite();
  try {
    const c = await loadCodec();
    await c.openSharedState(state);
  } catch {
    useLinkStore.setState({ problem: UNAVAILABLE });
  } finally {
    opening--;
    cancelWrite();
  }
}

/** "Open": the compare link waiting for an answer replaces the edited scenario. */
export async function openPendingCompare(): Promise<void> {
  const fragment = useLinkStore.getState().pendingCompare ?? null;
  if (fragment === null) return;
  useLinkStore.setState({ pendingCompare: null });
  opening++;
  cancelWrite();
  try {
    const c = await loadCodec();
    await c.openCompareFragment(fragment, c.openScenario, true);
  } catch {
    useLinkStore.setState({ problem: UNAVAILABLE });
  } finally {
    opening--;
    cancelWrite();
  }
}

/** "Keep mine": the link is dropped and the address shows the scenario that stays. */
export function keepCurrentScenario(): void {
  useLinkStore.setState({ pending: null, pendingCompare: null });
  pushNext = false;
  schedule(0);
}

function schedule(delay: number): void {
  if (session === null || !session.write) return;
  if (timer !== undefined) clearTimeout(timer);
  timer = setTimeout(writeNow, delay);
}

function cancelWrite(): void {
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
  pushNext = false;
}

function writeNow(): void {
  timer = undefined;
  const push = pushNext;
  pushNext = false;
  const own = session;
  void loadCodec().then(
    (c) => {
      if (own === null || own.stopped || opening > 0) return;
      const hash = `#${c.currentLink()}`;
      const { pathname, search } = window.location;
      if (window.location.hash === hash) return;
      const url = `${pathname}${search}${hash}`;
      if (push) window.history.pushState(null, '', url);
      else window.history.replaceState(window.history.state, '', url);
      // The tool tabs' links carry the fragment: tell them it changed.
      window.dispatchEvent(new Event(NAVIGATED));
    },
    () => {}, // offline: the address catches up with the next change
  );
}
