import { lazy } from 'react';
import type { Tool } from '../nav/route';

// Each tool is its own chunk, fetched the first time it is opened, so the simulator's first load
// does not carry code and sample data most visits never use.
const PatternPlayground = lazy(() => import('./patterns/PatternPlayground'));
const SchedulePreview = lazy(() => import('./schedules/SchedulePreview'));

export function LazyTool({ tool }: { tool: Exclude<Tool, 'simulator'> }) {
  return tool === 'patterns' ? <PatternPlayground /> : <SchedulePreview />;
}
