import { lazy, Suspense, useEffect, useRef } from 'react';
import { selectNode, useHelpStore } from '../../store';

const NodeDetails = lazy(() => import('./NodeDetails'));

/** The selected diagram node: what it is and every setting it has (loaded on demand). */
export function NodeInspector({ nodeId }: { nodeId: string }) {
  useEscapeCloses();
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
        onClick={() => selectNode(null)}
      >
        Close
      </button>
      <Suspense fallback={<p className="panel-empty">Loading settings…</p>}>
        <NodeDetails nodeId={nodeId} />
      </Suspense>
    </div>
  );
}

/** Escape closes the settings, unless a dialog or the shortcut list is open (they take it). */
function useEscapeCloses(): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || useHelpStore.getState().open) return;
      // A field that takes Escape itself (going to a time) keeps it.
      if (e.target instanceof Element && e.target.closest('.time-jump') !== null) return;
      if (document.querySelector('[role="dialog"], [role="alertdialog"], dialog[open]') !== null)
        return;
      // Captured first, so presentation mode's own Escape does not also act on it.
      e.preventDefault();
      selectNode(null);
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
}
