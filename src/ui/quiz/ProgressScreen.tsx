import { MasteryChart } from './MasteryChart';
import { ProgressFile } from './ProgressFile';

/** Progress: mastery per topic, and the saved data itself (export, import, reset). */
export function ProgressScreen() {
  return (
    <div className="progress-screen">
      <MasteryChart />
      <ProgressFile />
    </div>
  );
}
