import { lazy, Suspense, useEffect } from 'react';
import { isEmbed } from './ui/embed/embed-route';
import { Header } from './ui/header/Header';
import { toolInfo } from './ui/nav/route';
import { useTool } from './ui/nav/useTool';
import { Simulator } from './ui/Simulator';
import { LazyTool } from './ui/tools/LazyTool';
import { ToolErrorBoundary } from './ui/tools/ToolErrorBoundary';
import { ToolLoading } from './ui/tools/ToolLoading';
import { LinkSync } from './ui/share/LinkSync';
import { RunNoticeSlot } from './ui/run/RunNoticeSlot';

const APP_NAME = 'Lambda Event Lab';
// `?embed=1`: the read-only view for iframes on other sites, its own chunk.
const EmbedView = lazy(() => import('./ui/embed/EmbedView'));

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
  useEffect(() => {
    document.title = tool === 'simulator' ? APP_NAME : `${toolInfo(tool).title} · ${APP_NAME}`;
  }, [tool]);
  return (
    // The simulator is a full-height workbench; the tools are ordinary pages that scroll.
    <div className={tool === 'simulator' ? 'app' : 'app app--page'}>
      <Header tool={tool} />
      <LinkSync />
      <RunNoticeSlot />
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
