import { MasteryChart } from './MasteryChart';
import { ProgressFile } from './ProgressFile';
import { WeakestTopics } from './WeakestTopics';

/**
 * Progress: the weakest topics with a practice round on them, mastery per topic, and the saved
 * data itself (export, import, reset).
 */
export function ProgressScreen() {
  return (
    <div className="progress-screen">
      <WeakestTopics />
      <MasteryChart />
      <ProgressFile />
    </div>
  );
}
