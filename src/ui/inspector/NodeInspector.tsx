import { lazy, Suspense, useEffect, useRef } from 'react';
import { selectNode, useHelpStore } from '../../store';

const NodeDetails = lazy(() => import('./NodeDetails'));

/** The selected diagram node: what it is and every setting it has (loaded on demand). */
export function NodeInspector({ nodeId }: { nodeId: string }) {
  useEscapeCloses(nodeId);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // One column (phones, tablets): the panel sits below the log, out of sight; bring it up.
    if (typeof window.matchMedia === 'function' && window.matchMedia('(max-width: 1099px)').matches)
      box.current?.scrollIntoView?.({ block: 'start' });
  }, []);
  return (
    <div className="panel-section node-inspector" ref={box}>
      <button
        type="button"
        className="button button--small node-inspector__close"
        aria-label="Close settings"
        title="Close (Esc)"
        onClick={() => closeSettings(nodeId)}
      >
        Close
      </button>
      <Suspense fallback={<p className="panel-empty">Loading settings…</p>}>
        <NodeDetails nodeId={nodeId} />
      </Suspense>
    </div>
  );
}

/**
 * Close the settings and put keyboard focus back on the box they belong to, so the learner goes
 * on from where they were rather than from the top of the page.
 */
export function closeSettings(nodeId: string): void {
  selectNode(null);
  // After the panel has gone. Closing it can redraw the diagram, whose boxes cannot take focus
  // until they have been measured, so try again for a few frames until one does.
  const id = nodeId.replace(/["\\]/g, '\\$&');
  let frames = 30;
  const tryFocus = () => {
    const box = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`);
    box?.focus();
    if (box !== document.activeElement && --frames > 0) requestAnimationFrame(tryFocus);
  };
  requestAnimationFrame(tryFocus);
}

/** Escape closes the settings, unless a dialog or the shortcut list is open (they take it). */
function useEscapeCloses(nodeId: string): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || useHelpStore.getState().open) return;
      // A field that takes Escape itself (going to a time) keeps it.
      if (e.target instanceof Element && e.target.closest('.time-jump') !== null) return;
      if (document.querySelector('[role="dialog"], [role="alertdialog"], dialog[open]') !== null)
        return;
      // Captured first, so presentation mode's own Escape does not also act on it.
      e.preventDefault();
      closeSettings(nodeId);
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [nodeId]);
}
