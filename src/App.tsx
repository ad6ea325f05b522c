import { lazy, Suspense, useEffect } from 'react';
import { isEmbed } from './ui/embed/embed-route';
import { Header } from './ui/header/Header';
import { clearReturn } from './ui/nav/return-to';
import { ReturnBanner } from './ui/nav/ReturnBanner';
import { toolInfo } from './ui/nav/route';
import { useTool } from './ui/nav/useTool';
import { Simulator } from './ui/Simulator';
import { LazyTool } from './ui/tools/LazyTool';
import { ToolErrorBoundary } from './ui/tools/ToolErrorBoundary';
import { ToolLoading } from './ui/tools/ToolLoading';
import { LinkSync } from './ui/share/LinkSync';
import { RunNoticeSlot } from './ui/run/RunNoticeSlot';
import { useSaveStatus } from './store/save-status';

const APP_NAME = 'Lambda Event Lab';
// `?embed=1`: the read-only view for iframes on other sites, its own chunk.
const EmbedView = lazy(() => import('./ui/embed/EmbedView'));
// Shown only when something could not be saved, so it is fetched only then.
const SaveFailureNotice = lazy(() =>
  import('./ui/storage/SaveFailureNotice').then((m) => ({ default: m.SaveFailureNotice })),
);

export function App() {
  return isEmbed(window.location.search) ? (
    <Suspense fallback={null}>
      <EmbedView />
    </Suspense>
  ) : (
    <FullApp />
  );
}

function FullApp() {
  const tool = useTool();
  const saveFailed = useSaveStatus((s) => Object.keys(s.failures).length > 0);
  useEffect(() => {
    document.title = tool === 'simulator' ? APP_NAME : `${toolInfo(tool).title} · ${APP_NAME}`;
    // "Back to question N" belongs to the visit that "Show me" started; leaving ends it.
    if (tool !== 'simulator') clearReturn();
  }, [tool]);
  return (
    // The simulator is a full-height workbench; the tools are ordinary pages that scroll.
    <div className={tool === 'simulator' ? 'app' : 'app app--page'}>
      <Header tool={tool} />
      {saveFailed && (
        <Suspense fallback={null}>
          <SaveFailureNotice />
        </Suspense>
      )}
      <LinkSync />
      <RunNoticeSlot />
      {tool === 'simulator' && <ReturnBanner />}
      {tool === 'simulator' ? (
        <Simulator />
      ) : (
        <ToolErrorBoundary key={tool} title={toolInfo(tool).title}>
          <Suspense fallback={<ToolLoading title={toolInfo(tool).title} />}>
            <LazyTool tool={tool} />
          </Suspense>
        </ToolErrorBoundary>
      )}
    </div>
  );
}
