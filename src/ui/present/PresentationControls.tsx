import { useEffect, useLayoutEffect } from 'react';
import { setPresenting, useHelpStore, usePresentationStore } from '../../store';
import { useTool } from '../nav/useTool';
import { BlankScreen } from './BlankScreen';
import { syncDocument } from './document-sync';
import { PresentButton } from './PresentButton';
import { ThemeButton } from './ThemeButton';
import { PresentCaption, PresentKeyHint } from '../stage/closed-panels';
import './present.css';

/**
 * Presentation mode and the colour theme, in the header of every page. The simulator's keys
 * (f, b, PageDown, PageUp, Escape) go through the command registry; on the other pages only the
 * button and Escape act, as their own keys (a quiz's "f" flags a question) must keep working.
 */
export function PresentationControls() {
  // Before paint, so a saved dark theme never flashes light once the app has loaded.
  useLayoutEffect(() => syncDocument(), []);
  const tool = useTool();
  const presenting = usePresentationStore((s) => s.presenting);
  const simulator = tool === 'simulator';
  useEscapeLeaves(presenting && !simulator);
  return (
    <div className="present-controls">
      {/* Presenting's own parts load when it is first entered (or after the first paint). */}
      {presenting && simulator && <PresentKeyHint.Panel />}
      {!presenting && <ThemeButton />}
      <PresentButton />
      {presenting && simulator && <PresentCaption.Panel />}
      <BlankScreen />
    </div>
  );
}

function useEscapeLeaves(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || useHelpStore.getState().open) return;
      // A page's own dialog takes Escape first.
      if (document.querySelector('[role="dialog"], [role="alertdialog"]') !== null) return;
      setPresenting(false);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [active]);
}
