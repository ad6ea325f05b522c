import {
  savedTheme,
  setPresenting,
  shownTheme,
  systemTheme,
  usePresentationStore,
  type PresentationState,
} from '../../store';
import { revealLatestLogRow } from './reveal-log';

/**
 * Mirrors the presentation store onto <html>: data-theme for the colours (theme.css),
 * data-presenting and data-blank for the presentation layout. It also asks for fullscreen when
 * presenting starts (a browser may refuse; presenting works without it) and leaves presentation
 * mode when the browser's own Escape ends fullscreen. Returns the cleanup.
 */
export function syncDocument(): () => void {
  const root = document.documentElement;
  const apply = (s: PresentationState) => {
    root.dataset.theme = shownTheme(s);
    toggleAttribute(root, 'data-presenting', s.presenting);
    toggleAttribute(root, 'data-blank', s.blank);
  };
  apply(usePresentationStore.getState());
  const unsubscribe = usePresentationStore.subscribe((s, before) => {
    apply(s);
    if (s.presenting === before.presenting) return;
    if (s.presenting) enterFullscreen();
    else exitFullscreen();
    // Once the new layout is in place.
    requestAnimationFrame(() => revealLatestLogRow());
  });

  const onFullscreenChange = () => {
    if (document.fullscreenElement == null && usePresentationStore.getState().presenting)
      setPresenting(false);
    else requestAnimationFrame(() => revealLatestLogRow());
  };
  document.addEventListener('fullscreenchange', onFullscreenChange);

  // With no saved choice the theme follows the system's, also when it changes.
  const queries = ['(prefers-color-scheme: dark)', '(prefers-contrast: more)'].map((q) =>
    window.matchMedia(q),
  );
  const onSystemChange = () => {
    if (savedTheme() === null) usePresentationStore.setState({ theme: systemTheme() });
  };
  for (const q of queries) q.addEventListener?.('change', onSystemChange);

  return () => {
    unsubscribe();
    document.removeEventListener('fullscreenchange', onFullscreenChange);
    for (const q of queries) q.removeEventListener?.('change', onSystemChange);
  };
}

function toggleAttribute(el: HTMLElement, name: string, on: boolean): void {
  if (on) el.setAttribute(name, '');
  else el.removeAttribute(name);
}

function enterFullscreen(): void {
  const root = document.documentElement;
  if (document.fullscreenElement != null || typeof root.requestFullscreen !== 'function') return;
  try {
    // Refused without a user gesture, in an iframe, or by the person: presenting goes on anyway.
    void root.requestFullscreen().catch(() => {});
  } catch {
    /* an old browser that throws instead of rejecting */
  }
}

function exitFullscreen(): void {
  if (document.fullscreenElement == null || typeof document.exitFullscreen !== 'function') return;
  try {
    void document.exitFullscreen().catch(() => {});
  } catch {
    /* already left */
  }
}
