import { useDrawersStore } from '../../store';
import { lessonFromSearch } from '../../lessons/link';
import { isEmbed } from '../embed/embed-route';
import { toolFromSearch } from '../nav/route';
import { useAlongside } from '../quiz/alongside-store';
import { lazyPanel } from './lazy-panel';

/**
 * The stage's panels that a first visit does not see: the drawers start closed (decision 18), the
 * shortcut list and presentation's parts open on demand. Each is its own chunk, fetched after the
 * first page has loaded so that opening one is still instant in practice, at once when it is
 * already open (a remembered drawer), or when first opened if neither has happened yet.
 */

/** The same box as the drawer's panel, empty, while its code arrives: nothing moves. */
const Placeholder = ({ className = '' }: { className?: string }) => (
  <div className={`card drawer-placeholder ${className}`} aria-busy="true" />
);

export const LogPanel = lazyPanel(
  'event log',
  () => import('../log/EventLog').then((m) => m.EventLog),
  Placeholder,
);

export const MetricsPanel = lazyPanel(
  'metrics',
  () => import('../metrics/MetricsStrip').then((m) => m.MetricsStrip),
  () => <Placeholder className="drawer-placeholder--metrics" />,
);

export const DetailsPanel = lazyPanel(
  'scenario details',
  () => import('../inspector/SidePanel').then((m) => m.SidePanel),
  Placeholder,
);

/** The side column's switch (details, quiz, lesson); its details come with it, not after it. */
export const SideColumn = lazyPanel(
  'side panel',
  () =>
    Promise.all([import('../quiz/AlongsideSlot'), DetailsPanel.preload()]).then(
      ([m]) => m.AlongsideSlot,
    ),
  Placeholder,
);

export const HelpDialog = lazyPanel('list of shortcuts', () =>
  import('../help/ShortcutHelp').then((m) => m.ShortcutHelp),
);

export const PresentCaption = lazyPanel('caption', () =>
  import('../present/CaptionBar').then((m) => m.CaptionBar),
);

export const PresentKeyHint = lazyPanel('key hint', () =>
  import('../present/KeyHint').then((m) => m.KeyHint),
);

/** A picked message's way through the diagram, under the diagram. */
export const MessageWay = lazyPanel('message’s way', () =>
  import('../diagram/TokenJourney').then((m) => m.TokenJourney),
);

const ALL = [
  LogPanel,
  MetricsPanel,
  SideColumn,
  HelpDialog,
  PresentCaption,
  PresentKeyHint,
  MessageWay,
];

/**
 * The chunks of the panels open at the start (drawers left open at the desk, the quiz beside
 * the diagram, a lesson in the address), fetched before the first paint. The paint does not wait
 * for them: until one arrives, its placeholder holds its place. Nothing open: resolves at once.
 */
export function preloadOpenPanels(search: string = window.location.search): Promise<unknown> {
  // The embedded view has no drawers; the other tools show none of the simulator's.
  if (isEmbed(search) || toolFromSearch(search) !== 'simulator') return Promise.resolve();
  const desk = useDrawersStore.getState().desk;
  const side = desk.details || useAlongside.getState().open || lessonFromSearch(search) !== null;
  const open = [
    ...(desk.log ? [LogPanel] : []),
    ...(desk.metrics ? [MetricsPanel] : []),
    ...(side ? [SideColumn] : []),
  ];
  return Promise.all(open.map((p) => p.preload()));
}

/** Every closed panel's chunk, fetched once the page is idle after loading. */
export function prefetchPanels(): void {
  // A failed fetch is tried again when the panel is opened.
  const all = () => ALL.forEach((p) => p.preload().catch(() => undefined));
  if (typeof window.requestIdleCallback === 'function')
    window.requestIdleCallback(all, { timeout: 2000 });
  else window.setTimeout(all, 0);
}
