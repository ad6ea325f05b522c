import {
  useDrawersStore,
  useHelpStore,
  usePresentationStore,
  useSelectionStore,
  useWelcomeStore,
  useBuildStore,
} from '../store';
import { useCompareStore } from '../store/compare';
import { stageGrid } from '../view';
import { Diagram } from './diagram/Diagram';
import { PlaybackBar } from './playback/PlaybackBar';
import { FaultToolbar } from './faults/FaultToolbar';
import { useAlongside } from './quiz/alongside-store';
import {
  DetailsPanel,
  HelpDialog,
  LogPanel,
  MetricsPanel,
  prefetchPanels,
  SideColumn,
} from './stage/closed-panels';
import { useLessonInAddress, useLessonShown } from './lessons/lesson-address';
import { useKeyboardShortcuts } from './useKeyboardShortcuts';
import { useMediaQuery } from './useMediaQuery';
import { usePlaybackLoop } from './usePlaybackLoop';
import { lazy, Suspense, useEffect } from 'react';
import './stage/stage.css';

/**
 * The simulator workbench: the diagram leads and takes whatever the open drawers (metrics, log,
 * details) leave. The playback loop and the playback keys live here rather than in App, so Space
 * or an arrow key pressed in another tool never moves a simulation nobody can see.
 */
// The welcome names the first lesson: its own chunk, so the lessons stay out of the first load.
const Welcome = lazy(() => import('./stage/Welcome'));
// Comparing two designs is its own view, loaded when first asked for.
const CompareView = lazy(() => import('./compare/CompareView'));
// The Build palette and its model load when it is first opened.
const BuildPanel = lazy(() => import('./build/BuildPanel'));

export function Simulator() {
  usePlaybackLoop();
  useKeyboardShortcuts();
  // The closed panels' code comes after the first paint, so opening one is instant in practice.
  useEffect(prefetchPanels, []);
  const help = useHelpStore((s) => s.open);
  const wide = useMediaQuery('(min-width: 1100px)');
  const presenting = usePresentationStore((s) => s.presenting);
  const open = useDrawersStore((s) => (presenting ? s.present : s.desk));
  // The side column also opens for what the person asked for: a box's settings, the quiz beside
  // the diagram, a lesson's narration.
  const node = useSelectionStore((s) => s.node);
  const alongside = useAlongside((s) => s.open);
  const lesson = useLessonInAddress() !== null;
  // Presenting, the caption carries the lesson's words and question: the stage takes the width.
  const lessonShown = useLessonShown((s) => s.shown) && lesson && !presenting;
  const welcome = useWelcomeStore((s) => s.open) && !presenting && !lessonShown && !lesson;
  const comparing = useCompareStore((s) => s.open);
  const phone = useMediaQuery('(max-width: 699px)');
  const building = useBuildStore((s) => s.open) && !presenting;
  const panel = open.details || node !== null || alongside || lessonShown || building;
  const grid = stageGrid({
    wide,
    presenting,
    metrics: open.metrics,
    log: open.log,
    panel,
    lesson: lessonShown,
  });
  if (comparing)
    return (
      <Suspense fallback={null}>
        <CompareView
          Diagram={Diagram}
          playback={<PlaybackBar className="compare-playback" />}
          panel={<DetailsPanel.Panel className="compare-panel" />}
          phone={phone}
        />
        {help && <HelpDialog.Panel />}
      </Suspense>
    );
  return (
    <main className={lessonShown ? 'workspace workspace--lesson' : 'workspace'} style={grid}>
      <FaultToolbar className="area-faults" />
      <Diagram className="area-diagram" />
      {welcome && (
        <Suspense fallback={null}>
          <Welcome />
        </Suspense>
      )}
      <PlaybackBar className="area-playback" />
      <div className="drawer area-metrics" hidden={!open.metrics}>
        {/* A closed drawer renders nothing: its code loads when it first opens (or before). */}
        {open.metrics && <MetricsPanel.Panel />}
      </div>
      {/* The side panel or, switched there, the quiz alongside the diagram. */}
      <div className="drawer area-panel" hidden={!panel}>
        {/* Mounted, though hidden, whenever a lesson is in the address: the lesson runs from it
            (its steps, PgDn and the presenting caption) even while its panel is not shown. */}
        {(panel || lesson) && (
          <SideColumn.Panel
            className=""
            details={
              <>
                {building && (
                  <Suspense fallback={null}>
                    <BuildPanel />
                  </Suspense>
                )}
                <DetailsPanel.Panel />
              </>
            }
          />
        )}
      </div>
      <div className="drawer area-log" hidden={!open.log}>
        {open.log && <LogPanel.Panel />}
      </div>
      {help && <HelpDialog.Panel />}
    </main>
  );
}
