import { lazy } from 'react';
import type { Tool } from '../nav/route';

// Each tool is its own chunk, fetched the first time it is opened, so the simulator's first load
// does not carry code and sample data most visits never use.
const ReferenceView = lazy(() => import('../reference/ReferenceView'));
const QuizView = lazy(() => import('../quiz/QuizView'));
const PatternPlayground = lazy(() => import('./patterns/PatternPlayground'));
const SchedulePreview = lazy(() => import('./schedules/SchedulePreview'));
const LessonsPage = lazy(() => import('../lessons/LessonsPage'));

export function LazyTool({ tool }: { tool: Exclude<Tool, 'simulator'> }) {
  switch (tool) {
    case 'reference':
      return <ReferenceView />;
    case 'quiz':
      return <QuizView />;
    case 'patterns':
      return <PatternPlayground />;
    case 'schedules':
      return <SchedulePreview />;
    case 'lessons':
      return <LessonsPage />;
  }
}
